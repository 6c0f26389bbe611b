"""Page addresses become ASCII: every page whose slug has diacritics (made while WAGTAIL_ALLOW_UNICODE_SLUGS was
on) gets its folded slug (home/text.py: «quyết-định» → «quyet-dinh», a suffix when a sibling already has it),
its own and its descendants' url_path follow, the slug in its revisions too (so publishing a draft does not
bring the old address back), and a permanent redirect on its site leads from the old address to the page."""

from django.conf import settings
from django.db import migrations

from home.text import ascii_slug


def free_slug(Page, page, base):
    siblings = Page.objects.filter(path__startswith=page.path[:-4], depth=page.depth).exclude(pk=page.pk)
    candidate, suffix = base, 1
    while siblings.filter(slug=candidate).exists():
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def site_address(Page, Site, page):
    """The site of `page` and the page's address on it (with /<lang> for a non-default language), or None."""
    for site in Site.objects.all():
        root = Page.objects.get(pk=site.root_page_id)
        local_root = Page.objects.filter(translation_key=root.translation_key, locale_id=page.locale_id).first()
        if local_root and page.path.startswith(local_root.path) and page.pk != local_root.pk:
            language = page.locale.language_code
            prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
            return site, prefix + page.url_path[len(local_root.url_path) - 1:]
    return None, None


def fold_slugs(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    Revision = apps.get_model("wagtailcore", "Revision")
    page_type = apps.get_model("contenttypes", "ContentType").objects.get_for_model(Page)
    for page in Page.objects.order_by("depth", "path").select_related("locale"):
        if page.slug.isascii():
            continue
        old_slug, old_url_path = page.slug, page.url_path
        site, old_address = site_address(Page, Site, page)
        page.slug = free_slug(Page, page, ascii_slug(old_slug) or "trang")
        page.url_path = old_url_path[: -len(old_slug) - 1] + page.slug + "/"
        page.save(update_fields=["slug", "url_path"])
        for descendant in Page.objects.filter(path__startswith=page.path, depth__gt=page.depth):
            descendant.url_path = page.url_path + descendant.url_path[len(old_url_path):]
            descendant.save(update_fields=["url_path"])
        for revision in Revision.objects.filter(base_content_type=page_type, object_id=str(page.pk)):
            if revision.content.get("slug") == old_slug:
                revision.content["slug"] = page.slug
                revision.content["url_path"] = page.url_path
                revision.save(update_fields=["content"])
        if site is not None:
            Redirect.objects.update_or_create(
                old_path=old_address.rstrip("/"), site=site,
                defaults={"redirect_page": page, "is_permanent": True, "automatically_created": True},
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_portal_english_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(fold_slugs, migrations.RunPython.noop)]
