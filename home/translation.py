"""Page translation through wagtail-localize, for code that translates pages itself (the demo province).

Editors translate in the admin («Dịch trang» on a page, then the translation editor); `translate_page` takes the
same path: a TranslationSource of the page, a synced Translation into the target locale, one StringTranslation
per text segment, then the translated page saved and published. The result is an ordinary synced translation:
when the source page changes, editors «Đồng bộ bản dịch» and translate the new strings in the admin.
"""

from django.db import transaction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .text import ascii_slug


@transaction.atomic
def translate_page(page, locale, translate):
    """Translate `page` into `locale` with `translate(text) -> text` for every string segment, and publish it.

    The parent page must already exist in `locale`. A page that already has a synced translation into
    `locale` is left alone (editors keep it up to date from then on), so calling this again changes nothing.
    An existing translation made without wagtail-localize (e.g. a portal's home page from provisioning) is
    taken over: it becomes the synced translation. The slug of the translation is kept when it exists, else
    derived from the translated title.
    """
    page = page.specific
    existing = page.get_translation_or_none(locale)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if existing is not None and Translation.objects.filter(source=source, target_locale=locale).exists():
        return existing
    if not created:
        source.update_from_db()
    Translation.objects.update_or_create(source=source, target_locale=locale, defaults={"enabled": True})

    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    title = translate(page.title)
    for segment in segments:
        if segment.context.path == "slug":
            data = existing.slug if existing is not None else ascii_slug(title, 80)
        elif segment.context.path == "title":
            data = title
        else:
            data = translate(segment.string.data)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )

    translated, _created = source.create_or_update_translation(locale, publish=False)
    # wagtail-localize publishes on commit when asked to; publishing here keeps the page live at once, also
    # inside an outer transaction (seed_demo runs in one).
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated
