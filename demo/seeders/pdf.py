"""A small, valid one-page PDF (A4) for the demo's legal documents and gazette issues, written without a PDF
library. The text is Vietnamese with its diacritics: DejaVu Sans (Debian's fonts-dejavu-core, which .ci/run
installs) is embedded as a subset of the glyphs used, with a ToUnicode map so the text can be copied and
searched; the title is drawn bold by stroking its outline, so one font file serves the page. A real register
holds the scanned, signed original instead.
"""

import unicodedata
import zlib
from pathlib import Path

from .truetype import load_font

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSans.ttf"
PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN, LEADING, FONT_SIZE = 56, 16, 11
REGULAR, BOLD = 0, 2  # text rendering modes: fill; fill and stroke


def _glyphs(font, text):
    return [font.glyphs.get(ord(character), 0) for character in unicodedata.normalize("NFC", text)]


def _wrap(font, text):
    """Lines of `text` that fit the page width, broken between words."""
    limit = (PAGE_WIDTH - 2 * MARGIN) * 1000 / FONT_SIZE
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and sum(font.width(glyph) for glyph in _glyphs(font, candidate)) > limit:
            lines.append(line)
            candidate = word
        line = candidate
    return lines + [line] if line else lines


def _stream(dictionary, data):
    data = zlib.compress(data)
    return b"<< %s /Length %d /Filter /FlateDecode >>\nstream\n" % (dictionary, len(data)) + data + b"\nendstream"


def _to_unicode(used):
    """The CMap from glyph numbers back to text, in blocks of at most 100 entries."""
    pairs = sorted(used.items())
    blocks = []
    for start in range(0, len(pairs), 100):
        block = pairs[start:start + 100]
        entries = "\n".join(
            f"<{glyph:04X}> <{''.join(f'{unit:04X}' for unit in _utf16(text))}>" for glyph, text in block
        )
        blocks.append(f"{len(block)} beginbfchar\n{entries}\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + "\n".join(blocks) + "\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")


def _utf16(text):
    data = text.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def _font_objects(font, used, first_number):
    """The five objects of the embedded font (Type0, CIDFontType2, descriptor, font file, ToUnicode),
    numbered from `first_number`; the Type0 font is the first."""
    base_font = b"DEMOAA+DejaVuSans"
    scale = 1000 / font.units_per_em
    bbox = " ".join(str(round(value * scale)) for value in font.bbox)
    widths = " ".join(f"{glyph} [{font.width(glyph)}]" for glyph in sorted(used))
    subset = font.subset(used)
    number = first_number
    return [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] "
        b"/ToUnicode %d 0 R >>" % (base_font, number + 1, number + 4),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering "
        b"(Identity) /Supplement 0 >> /FontDescriptor %d 0 R /CIDToGIDMap /Identity /W [%s] >>"
        % (base_font, number + 2, widths.encode("ascii")),
        b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 /Ascent %d /Descent %d "
        b"/CapHeight %d /StemV 80 /FontFile2 %d 0 R >>"
        % (base_font, bbox.encode("ascii"), round(font.ascent * scale), round(font.descent * scale),
           round(font.ascent * scale), number + 3),
        _stream(b"/Length1 %d" % len(subset), subset),
        _stream(b"", _to_unicode(used)),
    ]


def pdf_document(title, paragraphs):
    """The bytes of a one-page PDF: `title` in bold capitals, then the paragraphs wrapped to the page."""
    font = load_font(FONT)
    lines = [(BOLD, line) for line in _wrap(font, title.upper())] + [(REGULAR, "")]
    for paragraph in paragraphs:
        lines += [(REGULAR, line) for line in _wrap(font, paragraph)] or [(REGULAR, "")]
        lines.append((REGULAR, ""))
    used = {}
    commands = [f"BT /F1 {FONT_SIZE} Tf {LEADING} TL {MARGIN} {PAGE_HEIGHT - MARGIN} Td 0.4 w"]
    for style, line in lines[:(PAGE_HEIGHT - 2 * MARGIN) // LEADING]:
        text = unicodedata.normalize("NFC", line)
        glyphs = _glyphs(font, text)
        used.update(zip(glyphs, text))
        commands.append(f"{style} Tr <{''.join(f'{glyph:04X}' for glyph in glyphs)}> Tj T*")
    commands.append("ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>" % (PAGE_WIDTH, PAGE_HEIGHT),
        _stream(b"", "\n".join(commands).encode("ascii")),
    ]
    objects += _font_objects(font, used, len(objects) + 1)
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
