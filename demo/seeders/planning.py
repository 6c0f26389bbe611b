"""Demo strategies, plans, schemes and programmes: on every portal some that are current, some finished and
some for the coming period, each with the approving decision attached as a file."""

import unicodedata

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.planning import PlanIndexPage, PlanPage
from demo.data import fill_all, load

from .projects import place_name, portal_profile
from .statistics import attachment, demo_document

def agency_code(portal):
    """The initials used in a department's document symbols: "Sở Tài chính" -> "STC"."""
    words = [word for word in portal.name.split() if word.lower() != "và"]
    initials = "".join(word[0] for word in words).upper().replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", initials) if unicodedata.category(c) != "Mn")


def plans_for(portal):
    """The portal's plans from demo/data/planning/<profile>.json (projects.portal_profile)."""
    return fill_all(
        load(f"planning/{portal_profile(portal)}.json"), name=portal.name, place=place_name(portal),
        code=agency_code(portal), year=timezone.localdate().year,
    )


def _decision_text(data):
    return (
        f"{data['approving_authority'].upper()}\n\nSố: {data['decision_number']}\n"
        f"Ngày {data['decision_date']:%d/%m/%Y}\n\nPHÊ DUYỆT\n{data['title']}\n\n{data['summary']}\n"
    )


def seed(portal):
    """Fill the portal's strategies and plans section; existing plans (by slug) are left as they are."""
    section = PlanIndexPage.objects.child_of(portal.root_page).get(category_key="planning")
    existing = set(section.get_children().values_list("slug", flat=True))
    for data in plans_for(portal):
        if data["slug"] in existing:
            continue
        document = demo_document(
            portal, f"Văn bản phê duyệt: {data['title']}", f"{data['slug']}.txt", _decision_text(data)
        )
        body = []
        for heading, text in data["body"]:
            body.append(("heading", {"text": heading, "level": "h3"}))
            body.append(("paragraph", RichText(f"<p>{text}</p>")))
        page = PlanPage(
            title=data["title"], slug=data["slug"], plan_type=data["plan_type"],
            decision_number=data["decision_number"], decision_date=data["decision_date"],
            approving_authority=data["approving_authority"], period_start=data["period_start"],
            period_end=data["period_end"], vision_year=data["vision_year"], summary=data["summary"],
            body=body, attachments=[attachment(document)], locale=section.locale,
        )
        section.add_child(instance=page)
        page.save_revision().publish()
