"""Which addresses show a page, and forgetting them in every cache (the caching proxy and the application's
own page cache, both wagtail.contrib.frontend_cache backends) when the page is published, unpublished,
moved or deleted.

A page is shown at its own address (and the extra paths of `get_cached_paths`, e.g. a section's feed), in
its translations' language switch, in the listing of every ancestor up to the portal's home, in the
portal's search results, its XML (and, when split, its section's part) and human site maps. Other apps add the pages of other portals that list
it (the provincial home for a syndicated article, the province-wide register) through the
`purge_page_dependents` hook: `fn(page, batch)` adds pages or URLs to the PurgeBatch."""

from django.db import transaction
from django.db.models import Subquery
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from .cache_backends import VarnishBackend
from .models import PortalSettings
from .rewarm import rewarm
from .sitemaps import HOME_SITEMAP

# Addresses of a portal outside the language prefix, listing every language.
SITE_PATHS = ("/sitemap.xml",)
# Named URLs of a portal inside the language prefix that list its pages.
LANGUAGE_URL_NAMES = ("search", "portal_sitemap")


def add_portal_listings(batch, site, language_code):
    """The portal-wide pages of `site` that list its pages: search results and the site maps."""
    root_url = site.root_url
    batch.add_urls(root_url + path for path in SITE_PATHS)
    with translation.override(language_code):
        batch.add_urls(root_url + reverse(name) for name in LANGUAGE_URL_NAMES)


def sitemap_part_path(page, site):
    """The address of the page's part of a split sitemap: its section's, by the section's slug in the site's
    own language, or the home pages'."""
    depth = site.root_page.depth
    if page.depth <= depth:
        return f"/sitemap-{HOME_SITEMAP}.xml"
    section_key = Page.objects.filter(path=page.path[: Page.steplen * (depth + 1)]).values("translation_key")[:1]
    slug = Page.objects.child_of(site.root_page).filter(translation_key=Subquery(section_key)).values_list(
        "slug", flat=True).first()
    return f"/sitemap-{slug}.xml" if slug else None


class OrderedPurgeBatch(PurgeBatch):
    """A PurgeBatch that keeps the order its addresses were added in: the most read first, re-warmed first."""

    def __init__(self, urls=None, *, cache_object=None):
        super().__init__(cache_object=cache_object)
        self.urls = {}
        if urls is not None:
            self.add_urls(urls)

    def add_url(self, url):
        self.urls[url] = None

    def add_urls(self, urls):
        self.urls.update(dict.fromkeys(urls))


def add_page_and_listings(batch, page):
    """Everything that shows `page` now, at its current place in the tree: the page, its ancestors nearest
    first, the pages of other portals that list it, the portal's site maps and search, its translations."""
    page = page.specific_deferred
    site = page.get_site()
    if site is None:
        return
    batch.add_page(page)
    ancestors = page.get_ancestors().filter(depth__gte=site.root_page.depth).specific(defer=True)
    batch.add_pages(reversed(list(ancestors)))
    for add_dependents in hooks.get_hooks("purge_page_dependents"):
        add_dependents(page, batch)
    add_portal_listings(batch, site, page.locale.language_code)
    part = sitemap_part_path(page, site)
    if part:
        batch.add_url(site.root_url + part)
    batch.add_pages(page.get_translations())


def rewarm_proxies(urls):
    for backend in get_backends().values():
        if isinstance(backend, VarnishBackend) and backend.rewarm_threads:
            rewarm(backend.cache_scheme, backend.cache_netloc, urls, backend.rewarm_threads)


def purge_after_commit(batch, rewarm_after=False):
    """Purge once the change is visible to other connections, so that no reader caches the old version
    again between the purge and the commit; with `rewarm_after`, then re-warm the caching proxy, so the new
    version is rendered at once rather than by the next reader of each address (not after a move: a whole
    subtree, at addresses that now redirect)."""

    def purge():
        batch.purge()
        if rewarm_after:
            rewarm_proxies(list(batch.urls))

    transaction.on_commit(purge)


def purge_page(page):
    batch = OrderedPurgeBatch()
    add_page_and_listings(batch, page)
    purge_after_commit(batch, rewarm_after=True)


def purge_hosts(hostnames):
    """Every page of these portals (their settings changed, a maintenance banner appeared)."""

    def purge():
        for backend in get_backends().values():
            for hostname in hostnames:
                backend.purge_host(hostname)

    transaction.on_commit(purge)


@receiver(post_save, sender=PortalSettings)
def purge_portal_on_settings_change(sender, instance, **kwargs):
    """The agency's name, logo, colours and contacts show on every page of the portal."""
    purge_hosts([instance.site.hostname])


@receiver(page_published)
@receiver(page_unpublished)  # also sent for every live page being deleted
def purge_changed_page(sender, instance, **kwargs):
    purge_page(instance)


# Addresses a page is leaving, from pre_page_move to post_page_move (which gets a freshly loaded instance).
_before_move = {}


def add_subtree_and_listings(batch, page):
    add_page_and_listings(batch, page)
    batch.add_pages(page.get_descendants().live().specific(defer=True))


@receiver(pre_page_move)
def remember_addresses_before_move(sender, instance, **kwargs):
    """The page and its subtree leave their addresses, and the old parent's listing loses them."""
    batch = OrderedPurgeBatch()
    add_subtree_and_listings(batch, instance)
    _before_move[instance.pk] = batch


@receiver(post_page_move)
def purge_moved_page(sender, instance, **kwargs):
    batch = _before_move.pop(instance.pk, None) or OrderedPurgeBatch()
    add_subtree_and_listings(batch, instance)
    purge_after_commit(batch)
