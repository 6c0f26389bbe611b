"""`{% site_fragment "name" [vary …] %}…{% endsite_fragment %}`: the rendered HTML of a part of every page
that depends only on the site, the language and the published pages and settings (the header's brand, the
menu, the footer, a section's breadcrumbs), kept with the site's other chrome (home/chrome.py): one cache
entry per site and language, forgotten by the same changes. `vary` values (page ids, flags) make one copy
per value. What differs per reader or per moment (the user bar, the maintenance banner, a CSP nonce, the
language switch of the page) must stay outside. Previews and logged-in users render it afresh."""

from django import template

from home.chrome import site_cached

register = template.Library()


def shareable(request):
    """Whether the request sees what every anonymous reader sees: no preview, no logged-in user."""
    if request is None or getattr(request, "is_preview", False):
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

    def render(self, context):
        parts = [str(self.name.resolve(context))] + [str(value.resolve(context)) for value in self.vary]
        return fragment(context.get("request"), ":".join(parts), lambda: self.nodelist.render(context))


@register.tag("site_fragment")
def do_site_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% site_fragment %} needs a name")
    nodelist = parser.parse(("endsite_fragment",))
    parser.delete_first_token()
    return SiteFragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
