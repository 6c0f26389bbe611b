"""Where an address leads, remembered. Wagtail finds the page of an address by walking down from the portal's
home, two queries per level (the child with the slug, then its specific type). The page the walk ended on is
remembered per portal home, language and address under the generation that any publish, move or deletion
renews (home/chrome.py), with the page itself as it was read, so the next request reads nothing and lets the
page route the rest itself (a routable page's own views, a page's liveness check). Unknown addresses are not
remembered."""

import copy
import hashlib

from django.core.cache import cache

from home.chrome import KEY_PREFIX, cache_seconds, lookup_generation


def route_key(home, path_components):
    digest = hashlib.sha256("/".join(path_components).encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}:route:{lookup_generation()}:{home.pk}:{digest}"


def remembered_route(home, request, path_components, walk):
    """`walk(request, path_components)` (Wagtail's routing from `home`), skipping the walk down the ancestors
    and the reading of the page when the address was routed before."""
    key = route_key(home, path_components)
    remembered = cache.get(key)
    if remembered is not None:
        page, depth = remembered
        return page.route(request, path_components[depth:])
    result = walk(request, path_components)
    page = result[0]
    below_home = page.url_path.removeprefix(home.url_path)
    if below_home != page.url_path:
        depth = len([part for part in below_home.split("/") if part])
        cache.set(key, (remembered_copy(page), depth), cache_seconds())
    return result


def remembered_copy(page):
    """The page as read from the database, without what routing attached to it (its parent)."""
    remembered = copy.copy(page)
    remembered.__dict__.pop("_cached_parent_obj", None)
    return remembered
