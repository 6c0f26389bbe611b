"""Vietnamese text folding for search.

`fold()` maps any spelling of a Vietnamese text to one accent-free, lower-case form: NFC first (so composed
and decomposed input are equal), then every diacritic removed and đ mapped to d. Both tone-mark placements
("hoà"/"hòa", "thuỷ"/"thủy") fold to the same letters because the tone mark is removed altogether.

`canonical()` keeps the diacritics but puts the tone mark of the old/new placement pairs (oa, oe, uy at the
end of a syllable) in one place, so an exact comparison does not depend on the placement either.
"""

import re
import unicodedata

from home.text import fold, nfc  # noqa: F401 (one folding and one NFC for search and page addresses)

WORD_RE = re.compile(r"[^\W_]+")
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
# o+a, o+e, u+y at the end of a word: the two placements of the tone mark in common use.
TONE_PAIR_RE = re.compile(r"([ou])([\u0300\u0301\u0303\u0309\u0323]?)([aey])([\u0300\u0301\u0303\u0309\u0323]?)\b")
TONE_ON_SECOND_RE = re.compile(r"(o(?=[ae])|u(?=y))([aey])([\u0300\u0301\u0303\u0309\u0323])(?![^\W_])")


def _move_tone(match):
    first, tone_a, second, tone_b = match.groups()
    if (first, second) not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return match.group(0)
    return first + second + (tone_a or tone_b)


def canonical(value):
    """Lower-case NFC form with diacritics kept and the tone mark of oa/oe/uy placed on the second vowel."""
    decomposed = unicodedata.normalize("NFD", nfc(value or "").lower())
    return unicodedata.normalize("NFC", TONE_PAIR_RE.sub(_move_tone, decomposed))


def words(value):
    return WORD_RE.findall(value or "")


def has_diacritics(value):
    lowered = nfc(value or "").lower()
    return fold(lowered) != lowered


def _tone_on_first(match):
    first, second, tone = match.groups()
    return first + tone + second


def spellings(word):
    """The exact spellings of `word` that count as the same: its canonical form and, for oa/oe/uy, the
    other tone-mark placement ("hoà" and "hòa")."""
    exact = canonical(word)
    decomposed = unicodedata.normalize("NFD", exact)
    other = unicodedata.normalize("NFC", TONE_ON_SECOND_RE.sub(_tone_on_first, decomposed))
    return [exact] if other == exact else [exact, other]
