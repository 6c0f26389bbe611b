"""Give every existing unit, leader and official a translation key and its page's locale, so that
wagtail-localize can translate them together with their page."""

import uuid

from django.db import migrations

MODELS = ("OrganisationUnit", "LeaderProfile", "ContactOfficial")


def fill_keys(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for model_name in MODELS:
        model = apps.get_model("decree", model_name)
        rows = list(model.objects.filter(translation_key__isnull=True).only("pk", "page_id"))
        locales = dict(Page.objects.filter(pk__in={row.page_id for row in rows}).values_list("pk", "locale_id"))
        for row in rows:
            row.translation_key = uuid.uuid4()
            row.locale_id = locales[row.page_id]
        model.objects.bulk_update(rows, ["translation_key", "locale"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("decree", "0009_translatable_children_bootstrap")]

    operations = [migrations.RunPython(fill_keys, migrations.RunPython.noop)]
