"""Just enough of a TrueType font for the demo's PDFs: the character map, the advance widths and a subset
holding only the glyphs a document draws (the others are left empty), to embed as a PDF FontFile2."""

import struct
from functools import cache

# The tables a PDF viewer needs to render an embedded TrueType font (ISO 32000-1, 9.9); the rest is dropped.
KEPT_TABLES = ("cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep")


def _uint16s(data, at, count):
    return struct.unpack(f">{count}H", data[at:at + 2 * count])


class TrueTypeFont:
    def __init__(self, data):
        table_count = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for index in range(table_count):
            tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * index:28 + 16 * index])
            self.tables[tag.decode("latin-1")] = data[offset:offset + length]
        head = self.tables["head"]
        self.units_per_em = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        long_loca = struct.unpack(">h", head[50:52])[0] == 1
        self.glyph_count = struct.unpack(">H", self.tables["maxp"][4:6])[0]
        hhea = self.tables["hhea"]
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        metric_count = struct.unpack(">H", hhea[34:36])[0]
        advances = [struct.unpack(">H", self.tables["hmtx"][4 * i:4 * i + 2])[0] for i in range(metric_count)]
        self.advances = advances + [advances[-1]] * (self.glyph_count - metric_count)
        loca = self.tables["loca"]
        if long_loca:
            self.loca = struct.unpack(f">{self.glyph_count + 1}I", loca[:4 * (self.glyph_count + 1)])
        else:
            self.loca = [2 * offset for offset in _uint16s(loca, 0, self.glyph_count + 1)]
        self.glyphs = self._unicode_map()

    def _unicode_map(self):
        """Character code -> glyph, from the Unicode BMP subtable (format 4)."""
        cmap = self.tables["cmap"]
        for index in range(struct.unpack(">H", cmap[2:4])[0]):
            platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * index:12 + 8 * index])
            if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", cmap[offset:offset + 2])[0] == 4:
                return self._format4(cmap, offset)
        raise ValueError("the font has no Unicode character map")

    @staticmethod
    def _format4(cmap, offset):
        segments = struct.unpack(">H", cmap[offset + 6:offset + 8])[0] // 2
        ends = _uint16s(cmap, offset + 14, segments)
        starts = _uint16s(cmap, offset + 16 + 2 * segments, segments)
        deltas = _uint16s(cmap, offset + 16 + 4 * segments, segments)
        range_offsets_at = offset + 16 + 6 * segments
        range_offsets = _uint16s(cmap, range_offsets_at, segments)
        glyphs = {}
        for segment in range(segments):
            for code in range(starts[segment], ends[segment] + 1):
                if range_offsets[segment] == 0:
                    glyph = (code + deltas[segment]) & 0xFFFF
                else:
                    at = range_offsets_at + 2 * segment + range_offsets[segment] + 2 * (code - starts[segment])
                    glyph = struct.unpack(">H", cmap[at:at + 2])[0]
                    glyph = (glyph + deltas[segment]) & 0xFFFF if glyph else 0
                if glyph and code != 0xFFFF:
                    glyphs[code] = glyph
        return glyphs

    def width(self, glyph):
        """Advance width in PDF text units (thousandths of the font size)."""
        return round(self.advances[glyph] * 1000 / self.units_per_em)

    def _glyph_data(self, glyph):
        return self.tables["glyf"][self.loca[glyph]:self.loca[glyph + 1]]

    @staticmethod
    def _components(data):
        """The glyphs a composite glyph is drawn from (accented letters are often a base and a mark)."""
        if len(data) < 10 or struct.unpack(">h", data[:2])[0] >= 0:
            return
        at = 10
        while True:
            flags, glyph = struct.unpack(">HH", data[at:at + 4])
            yield glyph
            at += 4 + (4 if flags & 0x0001 else 2)  # the component's offsets: words or bytes
            if flags & 0x0008:  # one scale
                at += 2
            elif flags & 0x0040:  # x and y scales
                at += 4
            elif flags & 0x0080:  # a 2 by 2 transformation
                at += 8
            if not flags & 0x0020:  # no more components
                return

    def subset(self, glyphs):
        """A font file drawing only `glyphs` (and their components); glyph numbers are unchanged."""
        keep, pending = {0, *glyphs}, [0, *glyphs]
        while pending:
            for component in self._components(self._glyph_data(pending.pop())):
                if component not in keep:
                    keep.add(component)
                    pending.append(component)
        glyf, offsets = bytearray(), []
        for glyph in range(self.glyph_count):
            offsets.append(len(glyf))
            if glyph in keep:
                glyf += self._glyph_data(glyph)
                glyf += b"\0" * (-len(glyf) % 4)
        offsets.append(len(glyf))
        head = bytearray(self.tables["head"])
        head[8:12] = bytes(4)  # checkSumAdjustment: not recomputed, viewers do not check it
        head[50:52] = struct.pack(">h", 1)  # long loca offsets
        tables = {tag: self.tables[tag] for tag in KEPT_TABLES if tag in self.tables}
        tables.update(head=bytes(head), glyf=bytes(glyf), loca=struct.pack(f">{len(offsets)}I", *offsets),
                      hmtx=self._metrics_of(keep))
        return font_file(tables)


    def _metrics_of(self, keep):
        """The horizontal metrics with those of the glyphs not kept zeroed (the PDF gives the widths it uses),
        so that the table compresses to almost nothing."""
        hmtx = self.tables["hmtx"]
        metric_count = struct.unpack(">H", self.tables["hhea"][34:36])[0]
        metrics = bytearray(len(hmtx))
        for glyph in keep:
            at, size = (4 * glyph, 4) if glyph < metric_count else (4 * metric_count + 2 * (glyph - metric_count), 2)
            metrics[at:at + size] = hmtx[at:at + size]
        return bytes(metrics)


def _checksum(data):
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def font_file(tables):
    """The bytes of a TrueType font holding `tables` (tag -> bytes)."""
    tags = sorted(tables)
    selector = len(tags).bit_length() - 1
    search_range = 16 * 2 ** selector
    output = bytearray(struct.pack(">IHHHH", 0x00010000, len(tags), search_range, selector,
                                   16 * len(tags) - search_range))
    body = bytearray()
    offset = 12 + 16 * len(tags)
    for tag in tags:
        data = tables[tag]
        output += struct.pack(">4sIII", tag.encode("latin-1"), _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    return bytes(output + body)


@cache
def load_font(path):
    with open(path, "rb") as font:
        return TrueTypeFont(font.read())
