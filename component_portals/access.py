"""Admin hooks that keep each agency inside its own portal."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry


@hooks.register("construct_explorer_page_queryset")
def refuse_exploring_other_portals(parent_page, pages, request):
    """Open the explorer only on pages the user may explore.

    Wagtail opens any page below the first common ancestor of a user's permitted pages. A portal's home
    pages (one per locale) are siblings under the tree root, so for a portal user that ancestor is the root
    and every other portal's home page and sections would open, with their titles, translations and
    header actions. Wagtail only filters the listed children; this hook (run by the explorer view, its
    results view and the sidebar explorer's API) refuses the parent itself. The root stays open: Wagtail
    already lists only the user's own portals there.
    """
    if parent_page.is_root():
        return pages
    explorable = policy_registry.get_by_type(Page).explorable_instances(request.user)
    if not explorable.filter(pk=parent_page.pk).exists():
        raise PermissionDenied
    return pages


class DeleteNeedsDeletePermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents, except that deleting one needs the delete permission.

    Wagtail counts "delete" as "change", which would let an editor remove files that published pages show;
    the roles grant delete_image and delete_document to approvers and the board only (roles.py).
    """

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = set(actions) - {"delete"}
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        return "delete" in actions and (
            super().user_has_any_permission_for_instance(user, ["delete"], instance)
            and self._check_perm(user, ["delete"], collection=instance.collection)
        )


@hooks.register("before_move_page")
def refuse_moves_the_user_may_not_make(request, page, destination):
    """Wagtail's move confirmation shows the destination's title to anyone who asks, and checks the move only
    when it is posted; refuse the confirmation too unless the user may move the page there."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
