"""Demo notices of commendations and sanctions in the direction section (demo/data/direction/notices.json):
two commendations and one sanction, dated some weeks and months back."""

from django.utils import timezone

from decree.articles import DirectionIndexPage
from decree.notices import NoticePage
from demo.data import fill, fill_all, load


def _symbol(portal):
    """The decision symbol of the agency: QĐ-UBND for people's committees, QĐ-<initials> for a department
    (Sở Khoa học và Công nghệ -> QĐ-SKHCN)."""
    if portal.kind != "department":
        return "QĐ-UBND"
    initials = "".join(word[0].upper() for word in portal.name.split() if word.lower() != "và")
    return f"QĐ-{initials}"


def _notices(portal):
    """The notices of demo/data/direction/notices.json, signed by the head of the portal's agency."""
    data = load("direction/notices.json")
    authorities = data["authorities"]
    authority = fill(authorities.get(portal.kind, authorities["department"]), agency=portal.name)
    return fill_all(
        data["notices"], symbol=_symbol(portal), authority=authority, agency=portal.name, today=timezone.localdate()
    )


def seed(portal):
    direction = DirectionIndexPage.objects.child_of(portal.root_page).get(category_key="direction")
    for fields in _notices(portal):
        if direction.get_children().filter(slug=fields["slug"]).exists():
            continue
        notice = NoticePage(locale=direction.locale, **fields)
        direction.add_child(instance=notice)
        notice.save_revision().publish()
