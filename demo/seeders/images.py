"""Illustrations for the demo's articles, drawn in code (no photograph is shipped or downloaded): a highland
landscape of pine hills under a sky, with an office building, in colours that vary with the article. Every
image says in its alt text and caption that it is an illustration."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

WIDTH, HEIGHT = 960, 540
SKIES = (((120, 170, 220), (225, 236, 245)), ((240, 170, 110), (250, 225, 190)), ((90, 140, 200), (200, 225, 240)))
HILLS = ((46, 94, 58), (70, 120, 70), (96, 146, 88))
ALT_TEXT = "Ảnh minh họa: đồi thông nhiều lớp, mặt trời và trụ sở cơ quan mái đỏ"
CAPTION = "Ảnh minh họa (đồ họa tạo tự động cho dữ liệu thử nghiệm)"


def draw_illustration(seed):
    """JPEG bytes of one landscape; the same seed gives the same picture."""
    rng = random.Random(seed)
    top, bottom = SKIES[rng.randrange(len(SKIES))]
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        share = y / HEIGHT
        draw.line([(0, y), (WIDTH, y)], fill=tuple(int(a + (b - a) * share) for a, b in zip(top, bottom)))
    sun_x, sun_y = rng.randrange(120, WIDTH - 120), rng.randrange(60, 160)
    draw.ellipse([sun_x - 45, sun_y - 45, sun_x + 45, sun_y + 45], fill=(255, 214, 90))
    for layer, colour in enumerate(HILLS):
        base = 260 + layer * 70
        points = [(0, HEIGHT)] + [(x, base - rng.randrange(20, 90)) for x in range(0, WIDTH + 120, 120)] + [(WIDTH, HEIGHT)]
        draw.polygon(points, fill=colour)
        for _pine in range(6):
            x, y = rng.randrange(0, WIDTH), base + rng.randrange(0, 40)
            draw.polygon([(x, y - 50), (x - 16, y), (x + 16, y)], fill=tuple(max(0, c - 30) for c in colour))
    left = rng.randrange(200, WIDTH - 420)
    draw.rectangle([left, 330, left + 260, 470], fill=(245, 240, 228))
    draw.polygon([(left - 20, 330), (left + 130, 270), (left + 280, 330)], fill=(164, 22, 26))
    for column in range(5):
        x = left + 20 + column * 48
        draw.rectangle([x, 360, x + 26, 400], fill=(80, 110, 140))
    draw.rectangle([left + 110, 420, left + 150, 470], fill=(120, 80, 50))
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=72, optimize=True)
    return output.getvalue()


def demo_image(portal, title, seed):
    """A wagtail image in the portal's collection, created once per portal and title."""
    Image_ = get_image_model()
    existing = Image_.objects.filter(collection=portal.collection, title=title).first()
    if existing is not None:
        return existing
    image = Image_(title=title, collection=portal.collection)
    image.file = ImageFile(io.BytesIO(draw_illustration(seed)), name=f"minh-hoa-{seed}.jpg")
    image.save()
    return image
