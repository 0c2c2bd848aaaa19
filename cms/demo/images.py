"""Demo pictures drawn with Pillow: nothing is downloaded, every image has alt text and a licence."""

import hashlib
import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

from PIL import Image, ImageDraw

CC_BY = "https://creativecommons.org/licenses/by/4.0/"
DEMO_CREDIT = "The Media Ahead (demo)"


def _palette(seed: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    digest = hashlib.sha256(seed.encode()).digest()
    return (digest[0] // 2, digest[1] // 2, 80 + digest[2] // 2), (
        150 + digest[3] // 3,
        90 + digest[4] // 3,
        digest[5] // 2,
    )


def draw_picture(seed: str, size: tuple[int, int] = (1600, 1000)) -> bytes:
    """A PNG of soft diagonal bands and circles, the same for the same seed."""
    start, end = _palette(seed)
    width, height = size
    picture = Image.new("RGB", size, start)
    draw = ImageDraw.Draw(picture)
    for step in range(0, width + height, 40):
        ratio = step / (width + height)
        colour = tuple(
            int(a + (b - a) * ratio) for a, b in zip(start, end, strict=True)
        )
        draw.line([(step, 0), (step - height, height)], fill=colour, width=40)
    digest = hashlib.sha256(seed.encode()).digest()
    for index in range(5):
        x, y, radius = (
            digest[6 + index] * width // 255,
            digest[11 + index] * height // 255,
            60 + digest[16 + index],
        )
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius],
            outline=(255, 255, 255),
            width=8,
        )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def demo_image(
    title: str, alt: str, credit: str = DEMO_CREDIT, license_url: str = CC_BY
):
    """The demo image called ``title``, drawn and stored the first time it is asked for."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    filename = f"{hashlib.sha256(title.encode()).hexdigest()[:12]}.png"
    return image_model.objects.create(
        title=title,
        description=alt,
        credit=credit,
        license_url=license_url,
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(draw_picture(title)), name=filename),
    )
