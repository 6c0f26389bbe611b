"""Demo content of the contacts directory: the leaders, the head of every unit and some of their staff,
consistent with the introduction's demo content (demo/seeders/intro.py). All names are fictional."""

from decree.contacts import ContactDirectoryPage, ContactOfficial

from .intro import official_email, profile_for


def officials_for(portal):
    profile = profile_for(portal)
    officials = [
        ContactOfficial(
            name=leader.full_name, position=leader.position, unit=profile.leadership_unit, phone=leader.phone,
            email=official_email(leader.full_name, profile.code),
        )
        for leader in profile.leaders
    ]
    for unit in profile.units:
        people = ((unit.head_name, unit.head_title), *unit.staff)
        officials.extend(
            ContactOfficial(
                name=name, position=position, unit=unit.name, phone=unit.phone,
                email=official_email(name, profile.code),
            )
            for name, position in people
        )
    return officials


def seed(portal):
    """Fill the contacts directory of `portal` unless an editor already listed officials."""
    section = ContactDirectoryPage.objects.child_of(portal.root_page).get(category_key="contacts")
    if not section.officials.exists():
        officials = officials_for(portal)
        for index, official in enumerate(officials):
            official.sort_order = index
        section.officials = officials
        section.save_revision().publish()
    return section
