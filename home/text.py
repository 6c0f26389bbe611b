import unicodedata

from django.utils.text import slugify


def nfc(value):
    """Vietnamese text is stored and compared in Unicode NFC (TCVN 6909:2001)."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


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
