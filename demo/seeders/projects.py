"""Demo projects with their tender notices: each portal gets projects in every status (preparing, under
way, completed), and tender notices that are awarded, closed awaiting a result, open for bids and upcoming.
The open and upcoming tenders are dated relative to the day the project is first seeded."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.projects import ProjectIndexPage, ProjectPage, TenderNotice
from demo.data import fill_all, load

def _d(amount):
    return Decimal(amount) if amount is not None else None


def portal_profile(portal):
    """Which set of demo content suits the portal: a few departments have their own."""
    return {"so-khcn": "science", "so-y-te": "health"}.get(portal.slug) or {
        "province": "province", "commune": "commune", "ward": "commune", "special_zone": "commune",
        "district": "commune",
    }.get(portal.kind, "department")


def place_name(portal):
    """The commune or ward itself: "Ủy ban nhân dân xã Tân Phú" -> "xã Tân Phú"."""
    return portal.name.removeprefix("Ủy ban nhân dân ").removeprefix("UBND ")


def projects_for(portal):
    """The portal's projects from demo/data/projects/<profile>.json; a tender's dates are days from today
    (numbers) while it is in progress."""
    place = place_name(portal)
    return fill_all(
        load(f"projects/{portal_profile(portal)}.json"), name=portal.name, place=place,
        place_name=place.split(" ", 1)[-1], year=timezone.localdate().year,  # «xã Tân Phú», «Tân Phú»
    )


def _date(value, today):
    return today + datetime.timedelta(days=value) if isinstance(value, int) else value


def seed(portal):
    """Fill the portal's projects section; existing projects (by slug) are left as they are."""
    section = ProjectIndexPage.objects.child_of(portal.root_page).get(category_key="projects")
    existing = set(section.get_children().values_list("slug", flat=True))
    today = timezone.localdate()
    for item in projects_for(portal):
        if item["slug"] in existing:
            continue
        item = dict(item)
        tenders = item.pop("tenders")
        paragraphs = item.pop("body")
        page = ProjectPage(
            locale=section.locale,
            body=[("paragraph", RichText("".join(f"<p>{text}</p>" for text in paragraphs)))],
            **{key: _d(value) if key == "total_budget" else value for key, value in item.items()},
        )
        page.tender_notices = [
            TenderNotice(
                **{key: _date(value, today) if key.endswith("_date") else value for key, value in notice.items()}
            )
            for notice in tenders
        ]
        section.add_child(instance=page)
        page.save_revision().publish()
