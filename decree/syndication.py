"""Syndication to the provincial portal: a component portal proposes an article, the editorial board
approves or rejects it, and the provincial home shows approved articles with a link to their source.

The log action names keep their original `component_portals.` prefix: the page history stores them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.signals import page_published

from component_portals.merge import portal_merged
from component_portals.models import LOCAL_KINDS, ComponentPortal, PortalKind, PortalStatus
from home.chrome import forget_on_change_of, site_cached
from home.purge import purge_page
from home.text import vietnamese_sort_key

from .articles import ArticlePage


class SyndicationStatus(models.TextChoices):
    PROPOSED = "proposed", _("Chờ duyệt")
    APPROVED = "approved", _("Đã duyệt")
    REJECTED = "rejected", _("Không duyệt")


class Syndication(models.Model):
    """An article of a component portal proposed for the provincial portal ("đưa lên cổng tỉnh").
    It appears there only once the editorial board approves it, and always links back to its source."""

    article = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="syndication"
    )
    portal = models.ForeignKey(
        ComponentPortal, verbose_name=_("cổng nguồn"), on_delete=models.CASCADE, related_name="syndications"
    )
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=SyndicationStatus.choices, default=SyndicationStatus.PROPOSED,
        db_index=True,
    )
    proposed_at = models.DateTimeField(_("ngày đề nghị"), auto_now_add=True)
    decided_at = models.DateTimeField(_("ngày quyết định"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người quyết định"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    # The revision the board approved: the provincial home shows it, even after the source portal publishes
    # a newer one, until the board approves that too.
    approved_revision = models.ForeignKey(
        "wagtailcore.Revision", verbose_name=_("phiên bản đã duyệt"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        db_table = "component_portals_syndication"  # moved from component_portals; the table stays
        verbose_name = _("bài đề nghị đưa lên cổng tỉnh")
        verbose_name_plural = _("bài đề nghị đưa lên cổng tỉnh")
        ordering = ["-proposed_at"]

    def __str__(self):
        return str(self.article)


# The provincial home lists the articles the board approved (kept with the chrome, home/chrome.py).
forget_on_change_of(Syndication)


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


@receiver(portal_merged)
def hand_proposals_over(sender, source, target, **kwargs):
    Syndication.objects.filter(portal=source).update(portal=target)


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
        .prefetch_related("image__renditions")
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


DIRECTORY_GROUPS = (
    (_("Sở, ban, ngành"), (PortalKind.DEPARTMENT,)),
    (_("Xã, phường, đặc khu"), LOCAL_KINDS),
    (_("Huyện, thị xã, thành phố (trước 01/7/2025)"), (PortalKind.DISTRICT,)),
)


def portal_directory(locale=None):
    """Active component portals: departments, then communes, wards and special zones together, each group in
    Vietnamese alphabetical order. In another language, a portal with a live home in it is named and linked
    in that language (`display_name`, `home_url`); the others keep their Vietnamese name and home."""
    portals = list(
        ComponentPortal.objects.active().exclude(kind=PortalKind.PROVINCE).select_related("site", "root_page")
    )
    translated = set()
    if locale is not None and locale.language_code != settings.LANGUAGE_CODE:
        translated = set(
            Page.objects.live().filter(
                locale=locale, translation_key__in=[p.root_page.translation_key for p in portals if p.root_page]
            ).values_list("translation_key", flat=True)
        )
    for portal in portals:
        in_language = portal.root_page is not None and portal.root_page.translation_key in translated
        portal.display_name = portal.name_en if in_language and portal.name_en else portal.name
        portal.home_url = f"{portal.site.root_url}/{locale.language_code}/" if in_language else f"{portal.site.root_url}/"
        portal.in_language = in_language
    groups = []
    for label, kinds in DIRECTORY_GROUPS:
        members = sorted((p for p in portals if p.kind in kinds), key=lambda p: vietnamese_sort_key(p.name))
        if members:
            groups.append((label, members))
    return groups


def without_repeated_headlines(articles):
    """The same headline once: a component portal's syndicated article and the province's own article of
    the same title are one story on the provincial home."""
    seen, unique = set(), []
    for article in articles:
        key = " ".join(article.title.casefold().split())
        if key not in seen:
            seen.add(key)
            unique.append(article)
    return unique


@hooks.register("construct_portal_home_context")
def add_latest_and_directory(home, request, context):
    """The home's news blocks: featured articles (with a photo), the latest others, and the photos for the
    gallery; each headline appears once on the page."""
    portal = site_cached(request, "home_portal", lambda: ComponentPortal.objects.filter(
        root_page__translation_key=home.translation_key).first())
    wanted = context.get("home_blocks", {})
    featured_count, latest_count = wanted.get("featured_news", 0), wanted.get("latest_news", 0)
    limit = max(LATEST_ON_HOME, 3 * (featured_count + latest_count))
    articles = without_repeated_headlines(
        site_cached(request, f"home_latest:{home.pk}:{limit}", lambda: latest_articles(home, portal, limit=limit))
    )
    featured = [article for article in articles if article.image_id][:featured_count]
    context["featured_articles"] = featured
    context["latest_articles"] = [article for article in articles if article not in featured][:latest_count]
    context["gallery_articles"] = [article for article in articles if article.image_id][: wanted.get("gallery", 0)]
    if portal is not None and portal.kind == PortalKind.PROVINCE:
        context["portal_directory"] = site_cached(request, "portal_directory", lambda: portal_directory(home.locale))
