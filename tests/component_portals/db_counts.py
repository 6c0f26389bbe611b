"""Row counts of everything provisioning may create, to prove an operation created (or duplicated) nothing."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from component_portals.models import ComponentPortal
from home.models import PortalSettings

COUNTED_MODELS = (
    Page, Revision, Site, Collection, Group, GroupPagePermission, GroupCollectionPermission,
    GroupSitePermission, Workflow, Task, WorkflowTask, WorkflowPage, ComponentPortal, PortalSettings,
)


def db_counts(*, users=False):
    counts = {model.__name__: model.objects.count() for model in COUNTED_MODELS}
    if users:
        User = get_user_model()
        counts["User"] = User.objects.count()
        counts["UserGroups"] = User.groups.through.objects.count()
    return counts
