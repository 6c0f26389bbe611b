import unicodedata
from decimal import Decimal

from django.utils.text import slugify
from django.utils.translation import gettext as _


def nfc(value):
    """Vietnamese text is stored and compared in Unicode NFC (TCVN 6909:2001). The one NFC function: the
    pre-save signal (home.signals), query filters (home.filters) and search all go through it."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def format_vnd(amount):
    """An amount of Vietnamese đồng written the Vietnamese way: 12500000000 → «12.500.000.000 đồng»; nothing for
    no amount."""
    if amount is None or amount == "":
        return ""
    amount = Decimal(amount).quantize(Decimal(1))
    sign = "-" if amount < 0 else ""
    digits = f"{abs(int(amount)):,}".replace(",", ".")
    currency = _("đồng")  # outside the f-string, where makemessages finds it
    return f"{sign}{digits} {currency}"


def fold(value):
    """Lower-case, accent-free form of `value`: "Thủ tục cấp phép" and "THU TUC CAP PHEP" fold alike. NFC
    first (so composed and decomposed input are equal), then every diacritic removed and đ mapped to d."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", value or "").lower())
    stripped = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", stripped.replace("đ", "d"))


def ascii_slug(value, max_length=255):
    """The ASCII page address for a title or a typed slug: «Quyết định số 125/QĐ-UBND» → quyet-dinh-so-125qd-ubnd."""
    return slugify(fold(value))[:max_length].strip("-")


# The same folding for the admin's slug field (Wagtail's SlugInput formatters, applied before its own
# transliteration, which knows no Vietnamese and turns đ into «dj»): combining marks of decomposed input
# first, then each precomposed letter to its base letter.
VIETNAMESE_LETTERS = "aăâàằầáắấảẳẩãẵẫạặậđeêèềéếẻểẽễẹệiìíỉĩịoôơòồờóốớỏổởõỗỡọộợuưùừúứủửũữụựyỳýỷỹỵ"


def slug_formatters():
    by_base = {}
    for letter in VIETNAMESE_LETTERS:
        base = fold(letter)
        if letter != base:
            by_base.setdefault(base, []).append(letter)
    formatters = [("[\u0300-\u036f]", "")]
    for base, letters in by_base.items():
        formatters.append((f"[{''.join(letters)}]", base))
        formatters.append((f"[{''.join(letters).upper()}]", base.upper()))
    return formatters


# The Vietnamese alphabet (TCVN 5712): ă and â after a, đ after d, ê after e, ô and ơ after o, ư after u;
# f, j, w and z, which occur only in borrowed words, at their Latin places.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
LETTER_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
# Tones order words that differ only by them: ngang, huyền, hỏi, ngã, sắc, nặng.
TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_sort_key(value):
    """A key that sorts Vietnamese names as a Vietnamese reader expects («Đặng» after «Dương», «Ánh» beside
    «Anh»): spaces, digits and punctuation before letters, letters by the alphabet, tones only to separate
    otherwise equal words."""
    letters, tones = [], []
    for char in nfc(value or "").lower():
        decomposed = unicodedata.normalize("NFD", char)
        tone = next((TONE_RANK[mark] for mark in decomposed if mark in TONE_RANK), 0)
        base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in TONE_RANK))
        if base in LETTER_RANK:
            letters.append(1000 + LETTER_RANK[base])
        elif base.isalpha():
            letters.append(1000 + len(ALPHABET) + ord(base))
        else:
            letters.append(ord(base))
        tones.append(tone)
    return (tuple(letters), tuple(tones), value or "")
