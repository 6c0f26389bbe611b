"""Finding English interface text on a Vietnamese admin screen.

A screen's visible text (text nodes outside <script>/<style>, and the title, aria-label, placeholder and alt
attributes a person reads or hears) is split into words after removing what people of the portal wrote
(page titles, portal and user names, catalogue names: `content_strings`), which may be in any language.
A word is English interface text when it is a word of Wagtail's and Django's own English interface (every
msgid of their catalogues) and could not be a Vietnamese syllable typed without diacritics (so «can», «ban»,
«long», «tin» never count), and is not a proper noun or technical term we keep (WHITELIST).
"""

import re
from functools import cache
from pathlib import Path

import polib
from bs4 import BeautifulSoup, Comment

import django
import wagtail

WHITELIST = {
    "wagtail", "email", "e-mail", "url", "urls", "html", "pdf", "csv", "xlsx", "id", "seo", "rss", "api", "zalo",
    "facebook", "youtube", "google", "recaptcha", "captcha", "english", "ok", "logo", "website", "web", "admin",
    "http", "https", "www", "localhost", "svg", "png", "jpg", "jpeg", "gif", "webp", "avif", "docx", "xlsx",
    "ubnd", "hđnd", "qđ", "gov", "vn", "ctrl", "alt", "shift", "cmd", "esc", "enter", "tab",
}
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# Names of files, commands and settings («manage.py record_scores», «WAGTAILADMIN_BASE_URL») are not prose.
IDENTIFIER_RE = re.compile(r"\S*[A-Za-z0-9][._][A-Za-z0-9]\S*")
INITIALS = "b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x"
NUCLEI = (
    "a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ya|ye|ieu|yeu|oai|oay|oeo|uay|uoi|uou|"
    "uya|uye|uyu|ươ|ưu"
)
FINALS = "c|ch|m|n|ng|nh|p|t|i|o|u|y"
VIETNAMESE_SYLLABLE = re.compile(rf"^(?:{INITIALS})?(?:{NUCLEI})(?:{FINALS})?$")


@cache
def interface_words():
    """Every word of Wagtail's, wagtail-localize's and Django's English interface strings."""
    roots = [Path(wagtail.__file__).parent, Path(django.__file__).parent / "contrib" / "admin"]
    try:
        import wagtail_localize

        roots.append(Path(wagtail_localize.__file__).parent)
    except ImportError:
        pass
    words = set()
    for root in roots:
        for catalogue in root.glob("**/locale/en/LC_MESSAGES/*.po"):
            for entry in polib.pofile(str(catalogue)):
                for text in (entry.msgid, entry.msgid_plural):
                    words.update(word.lower() for word in WORD_RE.findall(re.sub(r"%\(\w+\)s|\{\w+\}|%s|%d", " ", text)))
    return frozenset(word for word in words if len(word) > 1)


def is_english_word(word):
    word = word.lower()
    return word in interface_words() and word not in WHITELIST and not VIETNAMESE_SYLLABLE.match(word)


def visible_texts(html):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "noscript", "svg"]):
        element.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for element in soup.select("[hidden]"):
        element.decompose()  # not shown (Wagtail fills some of these, e.g. counters, before showing them)
    for element in soup.select("[lang]:not(html)"):
        if not element["lang"].startswith("vi"):
            element.decompose()  # marked as another language on purpose (the language switch «English»)
    for text in soup.find_all(string=True):
        if text.strip():
            yield text.strip()
    for element in soup.find_all(True):
        for attribute in ATTRIBUTES:
            if element.get(attribute):
                yield element[attribute].strip()


def english_texts(html, content_strings=()):
    """The texts of `html` that hold English interface words, each with those words."""
    return english_in(visible_texts(html), content_strings)


def english_in(texts, content_strings=()):
    content = sorted((text for text in content_strings if text), key=len, reverse=True)
    found = []
    for text in texts:
        remainder = text
        for written in content:
            if written in remainder:
                remainder = remainder.replace(written, " ")
        remainder = IDENTIFIER_RE.sub(" ", remainder)
        words = [word for word in WORD_RE.findall(remainder) if is_english_word(word)]
        if words:
            found.append((text[:120], words))
    return found
