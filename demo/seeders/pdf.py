"""A small, valid one-page PDF (A4, Helvetica) written without any library, for the demo's legal documents.

The fourteen standard PDF fonts carry no Vietnamese letters, so the text is written without diacritics
(«Quyết định» -> «Quyet dinh»); a real register holds the scanned, signed original instead.
"""

import textwrap
import unicodedata

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN, LEADING, FONT_SIZE = 56, 16, 11
LINE_CHARS = 88


def ascii_text(text):
    text = text.replace("Đ", "D").replace("đ", "d")
    folded = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return folded.encode("ascii", "replace").decode("ascii")


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_document(title, paragraphs):
    """The bytes of a one-page PDF: `title` in bold capitals, then the paragraphs wrapped to the page."""
    lines = [("F2", line) for line in textwrap.wrap(ascii_text(title).upper(), LINE_CHARS)] + [("F1", "")]
    for paragraph in paragraphs:
        lines += [("F1", line) for line in textwrap.wrap(ascii_text(paragraph), LINE_CHARS)] or [("F1", "")]
        lines.append(("F1", ""))
    max_lines = (PAGE_HEIGHT - 2 * MARGIN) // LEADING
    commands = [f"BT /F1 {FONT_SIZE} Tf {LEADING} TL {MARGIN} {PAGE_HEIGHT - MARGIN} Td"]
    for font, line in lines[:max_lines]:
        commands.append(f"/{font} {FONT_SIZE} Tf ({_escape(line)}) Tj T*")
    commands.append("ET")
    content = "\n".join(commands).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)
