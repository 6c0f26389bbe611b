"""The accent-folded copy of a page's searchable text, indexed beside the original text.

home.BasePage indexes `search_folded`, which asks the `page_search_folded_text` hook (registered in
wagtail_hooks.py) for its value, so that home imports nothing from this app. The folded copy holds only the
words whose folded form differs from the original and the words of compound tokens such as "43/2011/NĐ-CP"
(once each), so pages without diacritics are not counted twice; it is wrapped in FOLDED_MARK so that snippets
can drop it from the stored index text.
"""

from django.db.models import Manager
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.search import index

from .text import fold, nfc, words

FOLDED_FIELD = "search_folded"
# A symbol that no tokenizer (PostgreSQL's parser, SQLite FTS5 unicode61) keeps as a word.
FOLDED_MARK = "\u2042"


def _as_text(value):
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return force_str(value) if value is not None else ""


def _field_texts(obj, fields):
    for field in fields:
        if isinstance(field, index.SearchField):
            if field.field_name != FOLDED_FIELD:
                yield _as_text(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related]
            for sub_obj in related:
                yield from _field_texts(sub_obj, field.fields)


def searchable_text(obj):
    """The original text of every search field of `obj` except the folded copy itself."""
    return " ".join(text for text in _field_texts(obj, obj.get_search_fields()) if text)


def folded_text(obj):
    return folded_copy(searchable_text(obj))


def folded_copy(text):
    """The folded copy of `text` (HTML allowed), wrapped in FOLDED_MARK, or "" when folding changes nothing."""
    seen = set()
    folded_words = []
    for token in nfc(strip_tags(text)).split():
        token_words = words(token)
        # PostgreSQL's parser keeps "Trang/Cổng" as one path-like token and "687/UBND-VX" as a compound: their
        # words go into the folded copy even without diacritics, so that a query's plain words find them.
        compound = len(token_words) > 1
        for word in token_words:
            folded = fold(word)
            if (compound or folded != word.lower()) and folded not in seen:
                seen.add(folded)
                folded_words.append(folded)
    if not folded_words:
        return ""
    return f"{FOLDED_MARK} {' '.join(folded_words)} {FOLDED_MARK}"


def without_folded(text):
    """The stored index text without the folded copy."""
    if FOLDED_MARK not in (text or ""):
        return text or ""
    head, _, rest = text.partition(FOLDED_MARK)
    _, _, tail = rest.partition(FOLDED_MARK)
    return f"{head} {tail}".strip()
