import unicodedata


def nfc(value):
    """Vietnamese text is stored and compared in Unicode NFC (TCVN 6909:2001)."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value
