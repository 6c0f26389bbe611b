"""Create the province-wide roles (board, monitor) and remove what a fresh Wagtail install ships that a
multi-agency platform must not keep: the welcome page and its site, the Editors and Moderators groups
(whose permissions cover every page of every portal) and the default workflow that serves them."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

from component_portals.roles import grant_global_roles


def create_all_permissions(apps):
    for label in ("wagtailadmin", "wagtailcore", "wagtailimages", "wagtaildocs", "home"):
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)


def remove_wagtail_defaults(apps):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    ContentType = apps.get_model("contenttypes", "ContentType")

    base_page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    welcome = Page.objects.filter(depth=2, slug="home", content_type=base_page_type, numchild=0).first()
    if welcome is not None:
        Site.objects.filter(root_page=welcome).delete()
        welcome.delete()
        root = Page.objects.get(depth=1)
        root.numchild = Page.objects.filter(depth=2).count()
        root.save(update_fields=["numchild"])

    default_groups = Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True)
    default_tasks = Task.objects.filter(groupapprovaltask__groups__in=default_groups).distinct()
    Workflow.objects.filter(workflow_tasks__task__in=default_tasks).delete()
    default_tasks.delete()
    default_groups.delete()


def forwards(apps, schema_editor):
    create_all_permissions(apps)
    remove_wagtail_defaults(apps)
    grant_global_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("component_portals", "0001_initial"),
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
