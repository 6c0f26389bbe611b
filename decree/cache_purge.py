"""Pages of the provincial portal that list pages of other portals, forgotten by the caches when such a page
changes (home/purge.py calls this through the `purge_page_dependents` hook): the province-wide search
(`scope=all`), the provincial home for a syndicated article, and the province-wide legal document register."""

from wagtail import hooks

from component_portals.models import ComponentPortal, PortalKind, PortalStatus
from home.purge import add_portal_listings

from .articles import ArticlePage
from .documents import LegalDocumentIndexPage, LegalDocumentPage
from .syndication import Syndication


@hooks.register("purge_page_dependents")
def add_provincial_listings(page, batch):
    portal = ComponentPortal.objects.for_page(page)
    if portal is None or portal.is_province:
        return
    province = (
        ComponentPortal.objects.filter(kind=PortalKind.PROVINCE, status=PortalStatus.ACTIVE)
        .select_related("site", "root_page").first()
    )
    if province is None or province.site is None:
        return
    province_home = province.root_page.get_translation_or_none(page.locale)
    if province_home is None:
        return
    add_portal_listings(batch, province.site, page.locale.language_code)
    # Proposed, approved or rejected: a decision adds the article to the provincial home or takes it away.
    if isinstance(page, ArticlePage) and Syndication.objects.filter(article_id=page.pk).exists():
        batch.add_page(province_home)
    if isinstance(page, LegalDocumentPage):
        batch.add_pages(LegalDocumentIndexPage.objects.child_of(province_home))
