"""Demo science and technology topics: under way, accepted (with their results) and stopped, at every
management level. The Department of Science and Technology's catalogue is the richest."""

from decree.science import ScienceIndexPage, ScienceTopicPage
from demo.data import fill_all, load

from .projects import place_name, portal_profile

def topics_for(portal):
    """The portal's topics from demo/data/science/<profile>.json (projects.portal_profile)."""
    return fill_all(load(f"science/{portal_profile(portal)}.json"), name=portal.name, place=place_name(portal))


def seed(portal):
    """Fill the portal's science section; existing topics (by slug) are left as they are."""
    section = ScienceIndexPage.objects.child_of(portal.root_page).get(category_key="science")
    existing = set(section.get_children().values_list("slug", flat=True))
    for data in topics_for(portal):
        if data["slug"] in existing:
            continue
        page = ScienceTopicPage(locale=section.locale, **data)
        section.add_child(instance=page)
        page.save_revision().publish()
