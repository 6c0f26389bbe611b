"""Tags for page templates: `{% citizen_input_form page "comment" %}` puts the placeholder that loads the
form and the approved items from the uncached endpoint (the page stays cacheable);
`{% answered_questions page %}` lists the answered questions of general interest in the page itself."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..models import CitizenInput, Kind

register = template.Library()

HEADINGS = {
    Kind.COMMENT: (_("Ý kiến bạn đọc"), _("Gửi ý kiến và xem các ý kiến đã được duyệt")),
    Kind.CONSULTATION: (_("Góp ý dự thảo"), _("Gửi góp ý và xem các góp ý đã được duyệt")),
    Kind.QUESTION: (_("Hỏi cơ quan"), _("Gửi câu hỏi và xem các câu hỏi đã được trả lời")),
}
ANSWERED_PER_PAGE = 20


@register.inclusion_tag("comments/includes/placeholder.html")
def citizen_input_form(page, kind=Kind.COMMENT, list=True):
    from ..views import SLUG_FOR_KIND

    kind = Kind(kind)
    accepting = bool(page.accepts_citizen_input(kind)) if hasattr(page, "accepts_citizen_input") else False
    # A page that takes no input any more still shows what was approved; one that never took any shows nothing.
    show = accepting or CitizenInput.objects.published_for(page, kind).exists()
    url = reverse("comments:input", args=[page.pk, SLUG_FOR_KIND[kind]])
    if not list:
        url += "?list=0"
    heading, link_text = HEADINGS[kind]
    return {
        "show": show,
        "url": url,
        "anchor": f"y-kien-{kind}",
        "heading": str(heading),
        "link_text": str(link_text),
    }


@register.inclusion_tag("comments/includes/answered_questions.html", takes_context=True)
def answered_questions(context, page):
    from django.core.paginator import Paginator

    request = context.get("request")
    items = (
        CitizenInput.objects.published_for(page, Kind.QUESTION)
        .select_related("portal")
        .only("author_name", "subject", "body", "created_at", "reply", "replied_at", "kind", "portal__name")
        .order_by("-replied_at", "-pk")
    )
    number = request.GET.get("trang") if request is not None else None
    items_page = Paginator(items, ANSWERED_PER_PAGE).get_page(number)
    portal = items_page.object_list[0].portal if items_page.object_list else None
    return {"items_page": items_page, "portal": portal, "lookup_url": reverse("comments:lookup")}
