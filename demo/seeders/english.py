"""English text of the demo's translated pages: the home, introduction, contacts, online services and news
pages of the provincial portal and of the Department of Science and Technology (so-khcn).

`english(text)` answers the English of one segment that wagtail-localize extracted from a Vietnamese page:
an exact entry of ENGLISH (demo/data/translations/english.json), or a composition of entries (a unit head is
a title and a name, a biography line is a pattern), or the text itself when it needs no translation (names of
people, phone numbers, codes). The news articles' own English is in demo/data/news/articles.json.
Anything else raises KeyError, so that new demo text cannot silently stay Vietnamese on an English page.
"""

import re

from demo.data import load

from .intro import OWN_PROFILES, own_profile

TRANSLATIONS = load("translations/english.json")
# Names of people stay as they are, with their diacritics.
PERSON_NAMES = frozenset(
    name
    for profile in map(own_profile, ("province", *OWN_PROFILES))
    for name in (
        *(leader.full_name for leader in profile.leaders),
        *(unit.head_name for unit in profile.units),
        *(person for unit in profile.units for person, _position in unit.staff),
    )
) | frozenset(TRANSLATIONS["authors"])  # of the news articles

ENGLISH = TRANSLATIONS["english"]
PLACES = TRANSLATIONS["places"]
MONTHS = TRANSLATIONS["months"]

BORN_PATTERN = re.compile(r"^Sinh năm (?P<year>\d{4}); quê quán: (?P<place>.+)\.$")
EDUCATION_PATTERN = re.compile(r"^Trình độ chuyên môn: (?P<degrees>.+)\.$")
CAREER_PATTERN = re.compile(r"^(?:(?P<years>\d{4}–\d{4})|Từ (?:(?P<month>\d{1,2})/)?(?P<since>\d{4})): (?P<role>.+)$")
NO_WORDS = re.compile(r"^[\d\s.,:;/+()–-]*$")


def english(text):
    """The English of one segment of a demo page; KeyError when the demo has no English for it."""
    if text in ENGLISH:
        return ENGLISH[text]
    if text in PERSON_NAMES or NO_WORDS.match(text):
        return text
    if match := BORN_PATTERN.match(text):
        return f"Born in {match['year']}; hometown: {PLACES[match['place']]}."
    if match := EDUCATION_PATTERN.match(text):
        return "Qualifications: " + "; ".join(english(degree) for degree in match["degrees"].split("; ")) + "."
    if match := CAREER_PATTERN.match(text):
        if match["years"]:
            period = match["years"]
        elif match["month"]:
            period = f"Since {MONTHS[int(match['month']) - 1]} {match['since']}"
        else:
            period = f"Since {match['since']}"
        return f"{period}: {english(match['role'])}"
    for name in PERSON_NAMES:  # a unit's head: «Chánh Văn phòng Lê Thị Hồng Nhung»
        if text.endswith(f" {name}") and text[: -len(name) - 1] in ENGLISH:
            return f"{ENGLISH[text[: -len(name) - 1]]} {name}"
    raise KeyError(text)
