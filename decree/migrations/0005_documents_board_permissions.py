"""The editorial board manages the legal-document catalogues (types, issuers, fields); editors and approvers
only choose them in the page editor, which needs no snippet permission."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

from component_portals.roles import BOARD_GROUP

CATALOGUE_MODELS = ("documenttype", "issuer", "legalfield")
ACTIONS = ("add", "change", "delete")
CODENAMES = [f"{action}_{model}" for model in CATALOGUE_MODELS for action in ACTIONS]


def catalogue_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="decree", codename__in=CODENAMES)


def grant_board(apps, schema_editor):
    create_permissions(global_apps.get_app_config("decree"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    board, _created = Group.objects.get_or_create(name=BOARD_GROUP)
    board.permissions.add(*catalogue_permissions(apps))


def revoke_board(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    board = Group.objects.filter(name=BOARD_GROUP).first()
    if board is not None:
        board.permissions.remove(*catalogue_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("decree", "0004_documents_gazette_models"),
        ("component_portals", "0002_global_roles"),
    ]

    operations = [migrations.RunPython(grant_board, revoke_board)]
