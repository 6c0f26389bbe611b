"""`{% site_fragment "name" [vary …] %}…{% endsite_fragment %}`: the rendered HTML of a part of every page
that depends only on the site, the language and the published pages and settings (the header's brand, the
menu, the footer, a section's breadcrumbs), kept with the site's other chrome (home/chrome.py): one cache
entry per site and language, forgotten by the same changes. `vary` values (page ids, flags) make one copy
per value. What differs per reader or per moment (the user bar, the maintenance banner, a CSP nonce, the
language switch of the page) must stay outside. Previews and logged-in users render it afresh.

`{% page_fragment "name" [vary …] %}…{% endpage_fragment %}`: the same for a part of the current page (its
breadcrumbs, an article with its related articles, a section's listing for one address), in an entry of
its own per page, forgotten by the same changes (home/chrome.py `page_cached`). A `vary` value missing from
the context renders the part afresh, unshared."""

from django import template

from home.chrome import page_cached, site_cached

register = template.Library()


def shareable(request):
    """Whether the request sees what every anonymous reader sees: a GET or HEAD, no preview, no logged-in user."""
    if request is None or getattr(request, "is_preview", False) or request.method not in ("GET", "HEAD"):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def fragment(request, name, build):
    """`build()` (rendered HTML), shared per site and language under `name` when the request allows it."""
    if not shareable(request):
        return build()
    return site_cached(request, f"html:{name}", build)


class SiteFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist, self.name, self.vary = nodelist, name, vary

    def fragment_name(self, context, vary):
        return ":".join([str(self.name.resolve(context))] + [str(value) for value in vary])

    def render(self, context):
        vary = [value.resolve(context) for value in self.vary]
        return fragment(context.get("request"), self.fragment_name(context, vary), lambda: self.nodelist.render(context))


class PageFragmentNode(SiteFragmentNode):
    def render(self, context):
        request, page_id = context.get("request"), getattr(context.get("page"), "pk", None)
        vary = [value.resolve(context, ignore_failures=True) for value in self.vary]
        if not shareable(request) or page_id is None or None in vary:
            return self.nodelist.render(context)
        name = f"html:{self.fragment_name(context, vary)}"
        return page_cached(request, page_id, name, lambda: self.nodelist.render(context))


def fragment_tag(node_class, end_tag):
    def parse(parser, token):
        bits = token.split_contents()
        if len(bits) < 2:
            raise template.TemplateSyntaxError(f"{{% {bits[0]} %}} needs a name")
        nodelist = parser.parse((end_tag,))
        parser.delete_first_token()
        return node_class(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])

    return parse


register.tag("site_fragment", fragment_tag(SiteFragmentNode, "endsite_fragment"))
register.tag("page_fragment", fragment_tag(PageFragmentNode, "endpage_fragment"))
