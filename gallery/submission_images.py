"""Open-call images, treated as hostile bytes (OWASP ASVS 5.0 V5).

What a file is comes from decoding it with Pillow restricted to JPEG, PNG and WebP, never from its
name or declared type. Its size is checked before it is read, its pixel count from the header
before the pixels are decoded, and markup anywhere in it (an HTML or SVG polyglot) refuses it.
What is kept is a re-encoding: orientation applied, every EXIF, XMP, GPS and comment block left
behind, the ICC colour profile kept.
"""

import re
import warnings
from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from PIL import Image, ImageOps, UnidentifiedImageError

# Pillow format → (content type, file extension). Nothing else is even tried.
FORMATS = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "WEBP": ("image/webp", "webp"),
}
# Markup that turns an image into a polyglot a browser might run, in any case (searched in place:
# no lower-cased copy of a 15 MB file).
MARKUP = re.compile(rb"<(?:script|html|svg|\?php|!doctype|body|iframe)", re.IGNORECASE)
# Pixel-level information that is not metadata and must survive the re-encoding.
KEPT_INFO = ("transparency",)
SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"compress_level": 6},
    "WEBP": {"quality": 90, "method": 4},
}
DAMAGED = _(
    "The image is damaged or incomplete. Export it again and upload the new file."
)


@dataclass(frozen=True)
class CleanImage:
    """A re-encoded image, ready to store."""

    content: bytes
    format: str
    width: int
    height: int

    @property
    def content_type(self) -> str:
        return FORMATS[self.format][0]

    @property
    def extension(self) -> str:
        return FORMATS[self.format][1]


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g}"


def read_upload(upload: UploadedFile) -> bytes:
    """The whole file, refusing an empty or oversized one before reading it."""
    limit = settings.OPEN_CALL_MAX_IMAGE_BYTES
    if not upload.size:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > limit:
        raise too_large()
    upload.seek(0)
    return upload.read(limit + 1)


def open_image(data: bytes) -> Image.Image:
    """The image behind ``data``, header only, if it is a JPEG, PNG or WebP of allowed size."""
    if MARKUP.search(data):
        raise ValidationError(
            _(
                "The file contains markup or script as well as an image. Upload a plain "
                "JPEG, PNG or WebP."
            ),
            code="markup",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data), formats=list(FORMATS))
    except UnidentifiedImageError:
        raise ValidationError(
            _(
                "This is not a JPEG, PNG or WebP image. Other formats (SVG, GIF, HEIC, PDF …) "
                "are not accepted, whatever the file is called."
            ),
            code="format",
        ) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels() from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(DAMAGED, code="damaged") from None
    width, height = image.size
    if width * height > settings.OPEN_CALL_MAX_IMAGE_PIXELS:
        raise too_many_pixels()
    return image


def too_large() -> ValidationError:
    return ValidationError(
        _("The file is larger than %(limit)s MB. Upload a smaller version."),
        code="too-large",
        params={"limit": megabytes(settings.OPEN_CALL_MAX_IMAGE_BYTES)},
    )


def too_many_pixels() -> ValidationError:
    return ValidationError(
        _("The image has more than %(limit)s megapixels. Upload a smaller version."),
        code="too-many-pixels",
        params={"limit": f"{settings.OPEN_CALL_MAX_IMAGE_PIXELS / 1_000_000:g}"},
    )


def reencode(image: Image.Image) -> CleanImage:
    """Decode ``image`` in full and write it again: upright, colour profile kept, no metadata."""
    source_format = image.format
    icc_profile = image.info.get("icc_profile")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            # In place: a copy of a 40-megapixel image would cost another 160 MB.
            ImageOps.exif_transpose(image, in_place=True)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels() from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(DAMAGED, code="damaged") from None
    image.info = {key: image.info[key] for key in KEPT_INFO if key in image.info}
    options = dict(SAVE_OPTIONS[source_format])
    if icc_profile:
        options["icc_profile"] = icc_profile
    output = BytesIO()
    image.save(output, format=source_format, **options)
    return CleanImage(
        content=output.getvalue(),
        format=source_format,
        width=image.width,
        height=image.height,
    )


def clean_image(upload: UploadedFile) -> CleanImage:
    """``upload`` checked and re-encoded, or a ``ValidationError`` that tells the artist why."""
    image = open_image(read_upload(upload))
    with image:
        return reencode(image)
