"""Syndication to the provincial portal: a component portal proposes an article, the editorial board
approves or rejects it, and the provincial home shows approved articles with a link to their source."""

from django.db.models import Q
from django.dispatch import receiver
from django.utils import timezone
from wagtail import hooks
from wagtail.log_actions import log
from wagtail.signals import page_published

from decree.articles import ArticlePage
from home.purge import purge_page

from .models import ComponentPortal, PortalKind, PortalStatus, Syndication, SyndicationStatus
from .roles import BOARD_GROUP

LATEST_ON_HOME = 10
APPROVED_ACTION = "component_portals.syndication_approved"
REJECTED_ACTION = "component_portals.syndication_rejected"
CHANGED_ACTION = "component_portals.syndication_changed"


@receiver(page_published, sender=ArticlePage)
def record_proposal(sender, instance, revision=None, **kwargs):
    """Publishing an article with «đề nghị đưa lên cổng tỉnh» ticked files a proposal for the board;
    unticking it withdraws a proposal the board never approved. Publishing a new text of an approved article
    sends it back to the board, ticked or not; the provincial home keeps the approved text meanwhile."""
    portal = ComponentPortal.objects.for_page(instance)
    if portal is None or portal.kind == PortalKind.PROVINCE:
        return
    syndication = Syndication.objects.filter(article=instance.page_ptr).first()
    if syndication is None:
        if instance.propose_to_province:
            Syndication.objects.create(article=instance.page_ptr, portal=portal)
        return
    if not instance.propose_to_province and syndication.approved_revision_id is None:
        if syndication.status == SyndicationStatus.PROPOSED:
            syndication.delete()
        return
    if syndication.status == SyndicationStatus.APPROVED and syndication.approved_revision_id != instance.live_revision_id:
        syndication.status = SyndicationStatus.PROPOSED
        syndication.save(update_fields=["status"])
        log(instance=instance, action=CHANGED_ACTION, user=getattr(revision, "user", None))


def can_decide(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=BOARD_GROUP).exists())


def decide(syndication, user, approve):
    syndication.status = SyndicationStatus.APPROVED if approve else SyndicationStatus.REJECTED
    syndication.decided_by = user
    syndication.decided_at = timezone.now()
    syndication.approved_revision_id = syndication.article.live_revision_id if approve else None
    syndication.save(update_fields=["status", "decided_by", "decided_at", "approved_revision"])
    article = syndication.article.specific
    log(instance=article, action=APPROVED_ACTION if approve else REJECTED_ACTION, user=user)
    purge_page(article)


def latest_articles(home, portal, limit=LATEST_ON_HOME):
    """The latest articles of a portal in the home page's language; on the provincial portal also the
    articles of active component portals that the board approved, each as the revision it approved."""
    condition = Q(path__startswith=home.path)
    if portal is not None and portal.kind == PortalKind.PROVINCE:
        condition |= Q(
            syndication__approved_revision__isnull=False,
            syndication__portal__status=PortalStatus.ACTIVE,
            locale_id=home.locale_id,
        )
    articles = list(
        ArticlePage.objects.live().public().filter(condition)
        .select_related("image", "syndication__portal__site", "syndication__approved_revision")
        .order_by("-date", "-pk")[:limit]
    )
    return [approved_text(article, home) for article in articles]


def approved_text(article, home):
    """A syndicated article of another portal as the board approved it (its live text when unchanged)."""
    syndication = getattr(article, "syndication", None) if not article.path.startswith(home.path) else None
    if syndication is None or syndication.approved_revision_id in (None, article.live_revision_id):
        return article
    approved = syndication.approved_revision.as_object()
    approved.syndication = syndication
    return approved


def portal_directory():
    """Active component portals grouped by kind, in the order of PortalKind."""
    portals = ComponentPortal.objects.active().exclude(kind=PortalKind.PROVINCE).select_related("site")
    grouped = {kind: [] for kind in PortalKind.values if kind != PortalKind.PROVINCE}
    for portal in portals.order_by("name"):
        grouped[portal.kind].append(portal)
    return [(PortalKind(kind).label, items) for kind, items in grouped.items() if items]


@hooks.register("construct_portal_home_context")
def add_latest_and_directory(home, request, context):
    portal = ComponentPortal.objects.filter(root_page__translation_key=home.translation_key).first()
    context["latest_articles"] = latest_articles(home, portal)
    if portal is not None and portal.kind == PortalKind.PROVINCE:
        context["portal_directory"] = portal_directory()
