import unicodedata


def nfc(value):
    """Vietnamese text is stored and compared in Unicode NFC (TCVN 6909:2001)."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


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
