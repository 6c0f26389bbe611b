"""Demo content of the introduction section: functions, history, units and leaders for a department, the
province and a commune (demo/data/intro/). Every name of a person is fictional; the province of Lâm Viên is
fictional too."""

from dataclasses import dataclass, field

from decree.intro import IntroductionPage, LeaderProfile, OrganisationUnit
from demo.data import fill_all, load
from home.text import ascii_slug

EMAIL_DOMAIN = "lamvien.gov.vn"


def official_email(full_name, unit_code):
    """An official address in the usual pattern: initials of the family and middle names plus the given
    name, then the agency: «Trần Thị Mai», «khcn» -> «ttmai.khcn@lamvien.gov.vn»."""
    words = ascii_slug(full_name).split("-")
    return f"{''.join(word[0] for word in words[:-1])}{words[-1]}.{unit_code}@{EMAIL_DOMAIN}"


@dataclass(frozen=True)
class Unit:
    name: str
    function: str
    head_title: str
    head_name: str
    phone: str
    address: str = ""
    staff: tuple = ()  # (name, position) of officials listed in the contacts directory besides the head


@dataclass(frozen=True)
class Leader:
    full_name: str
    position: str
    biography: str
    duties: str
    phone: str


@dataclass(frozen=True)
class Profile:
    """Everything the demo knows about one agency."""

    code: str  # for e-mail addresses
    leadership_unit: str  # how the contacts directory names the leaders' group
    address: str
    functions: str
    history: str
    units: tuple
    leaders: tuple
    locality: dict = field(default_factory=dict)


def _profile(data):
    return Profile(**{
        **data,
        "units": tuple(Unit(**{**unit, "staff": tuple(map(tuple, unit["staff"]))}) for unit in data["units"]),
        "leaders": tuple(Leader(**leader) for leader in data["leaders"]),
    })


def own_profile(name):
    """One of the profiles the demo writes for a given agency: demo/data/intro/<portal slug or province>.json."""
    return _profile(load(f"intro/{name}.json"))


OWN_PROFILES = ("so-khcn", "so-tai-chinh", "so-y-te", "phuong-hoa-binh", "xa-tan-phu")


def profile_for(portal):
    """The demo profile of a portal: its own when the demo knows it, else one fitting its kind."""
    if portal.slug in OWN_PROFILES:
        return own_profile(portal.slug)
    if portal.kind == "province":
        return own_profile("province")
    generic = load("intro/department.json" if portal.kind == "department" else "intro/commune.json")
    return _profile(fill_all(generic, name=portal.name, code=portal.slug.replace("-", "")))


def leaders_of(portal):
    """(name, position) of the head and the first deputy, as the introduction and the directory list them,
    so that every signer of the register can be found in the contacts directory."""
    head, deputy = profile_for(portal).leaders[:2]
    return (head.full_name, head.position), (deputy.full_name, deputy.position)


def seed(portal):
    """Fill the introduction section of `portal`; fields and lists an editor already filled are kept."""
    section = IntroductionPage.objects.child_of(portal.root_page).get(category_key="intro")
    profile = profile_for(portal)
    changed = False
    values = {"functions": profile.functions, "history": profile.history, **profile.locality}
    for name, value in values.items():
        if value and not getattr(section, name):
            setattr(section, name, value)
            changed = True
    if not section.units.exists():
        section.units = [
            OrganisationUnit(
                name=unit.name, function=unit.function, head=f"{unit.head_title} {unit.head_name}",
                phone=unit.phone, email=official_email(unit.head_name, profile.code),
                address=unit.address or profile.address, sort_order=index,
            )
            for index, unit in enumerate(profile.units)
        ]
        changed = True
    if not section.leaders.exists():
        section.leaders = [
            LeaderProfile(
                full_name=leader.full_name, position=leader.position, biography=leader.biography,
                duties=leader.duties, phone=leader.phone, email=official_email(leader.full_name, profile.code),
                sort_order=index,
            )
            for index, leader in enumerate(profile.leaders)
        ]
        changed = True
    if changed:
        section.save_revision().publish()
    return section
