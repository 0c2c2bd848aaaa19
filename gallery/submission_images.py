"""Open-call images, treated as hostile bytes (OWASP ASVS 5.0 V5).

What a file is comes from decoding it with Pillow restricted to JPEG, PNG and WebP, never from its
name or declared type. Its size is checked before it is read, its pixel count from the header
before the pixels are decoded, and markup at its start or end (an HTML or SVG polyglot) refuses
it.
What is kept is a re-encoding: orientation applied, every EXIF, XMP, GPS and comment block left
behind, the ICC colour profile kept if it is one and carries no markup. The checks then run again
on the bytes we store, since those, not the ones received, are what a browser may one day open.
"""

import logging
import re
import warnings
from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from PIL import ExifTags, Image, ImageCms, UnidentifiedImageError

# Pillow format → (content type, file extension). Nothing else is even tried.
FORMATS = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "WEBP": ("image/webp", "webp"),
}
# Markup that turns an image into a polyglot a browser might run, in any case: the tags of the
# WHATWG MIME-sniffing HTML signature and those that run script, each followed by what ends a tag
# name. Polyglots put it where a browser looks, the start or the end of the file; compressed
# pixels in between match a short pattern by chance (about one 15 MB photo in twenty would), so
# they are not searched, and one-letter tags (<a, <b, <p) are left out for the same reason: the
# re-encoding destroys whatever is hidden in pixels anyway.
MARKUP = re.compile(
    rb"<(?:script|html|svg|\?php|!doctype|body|iframe|!--"
    rb"|(?:img|object|embed|style|meta|link|form|head|title|table|div|font|br|h1)[\s/>])",
    re.IGNORECASE,
)
MARKUP_WINDOW = 4096
# EXIF orientation → the turn that makes the image upright (as ``ImageOps.exif_transpose``).
TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
# Real colour profiles are a few kB (sRGB v4 with its tables: 60 kB).
MAX_ICC_BYTES = 128 * 1024
# Pixel-level information that is not metadata and must survive the re-encoding.
KEPT_INFO = ("transparency",)
SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"compress_level": 6},
    "WEBP": {"quality": 90, "method": 4},
}
logger = logging.getLogger(__name__)
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


def megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:g}"


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
    if MARKUP.search(data[:MARKUP_WINDOW]) or MARKUP.search(data[-MARKUP_WINDOW:]):
        raise has_markup()
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


def has_markup() -> ValidationError:
    return ValidationError(
        _(
            "The file contains markup or script as well as an image. Upload a plain "
            "JPEG, PNG or WebP."
        ),
        code="markup",
    )


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
        params={"limit": megapixels(settings.OPEN_CALL_MAX_IMAGE_PIXELS)},
    )


def orientation(image: Image.Image) -> int:
    """The EXIF orientation (1–8); 1 when absent or unreadable."""
    try:
        value = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # noqa: BLE001 - hostile EXIF: ignore it, it is dropped anyway
        return 1
    return value if value in TRANSPOSE else 1


def colour_profile(image: Image.Image) -> bytes | None:
    """The embedded ICC profile, if LittleCMS reads it as one, it is of a plausible size and no
    markup hides in its text tags; otherwise none. A profile is copied byte for byte into the
    file we store (uncompressed at the start of a JPEG or WebP), so it is searched whole: unlike
    compressed pixels, its bytes do not spell markup by chance."""
    profile = image.info.get("icc_profile")
    if not profile or len(profile) > MAX_ICC_BYTES or MARKUP.search(profile):
        return None
    try:
        ImageCms.ImageCmsProfile(BytesIO(profile))
    except Exception:  # noqa: BLE001 - not a profile LittleCMS understands
        return None
    return profile


def reencode(image: Image.Image) -> CleanImage:
    """Decode ``image`` in full and write it again: upright, colour profile kept, no metadata.

    Only the first frame of a multi-frame file (an MPO from a phone, an animated WebP) is kept.
    Pillow can fail on hostile input in ways no list of exceptions foresees; any failure here
    means a file we will not store, and the artist is told it is damaged.
    """
    # An MPO (a phone's JPEG with extra frames) is a JPEG to every decoder.
    target_format = "JPEG" if image.format == "MPO" else image.format
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            icc_profile = colour_profile(image)
            turn = orientation(image)
            image.load()
            if turn != 1:
                image = image.transpose(TRANSPOSE[turn])
            image.info = {
                key: image.info[key] for key in KEPT_INFO if key in image.info
            }
            options = dict(SAVE_OPTIONS[target_format])
            if icc_profile:
                options["icc_profile"] = icc_profile
            output = BytesIO()
            image.save(output, format=target_format, **options)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels() from None
    except Exception:  # see the docstring
        logger.info("Open call: an image failed to re-encode", exc_info=True)
        raise ValidationError(DAMAGED, code="damaged") from None
    return CleanImage(
        content=output.getvalue(),
        format=target_format,
        width=image.width,
        height=image.height,
    )


def check_stored(clean: CleanImage) -> None:
    """The checks of an upload, run again on the re-encoded bytes that will be stored: the markup
    at their start and end (a palette or transparency table is copied as it came), the format and
    pixel count Pillow reads back, and the colour profile they carry. Not their size: writing a
    file again at our quality often makes it larger, and the artist kept to the limit."""
    with open_image(clean.content) as stored:
        if stored.format != clean.format:
            raise ValidationError(DAMAGED, code="damaged")
        if MARKUP.search(stored.info.get("icc_profile") or b""):
            raise has_markup()


def clean_image(upload: UploadedFile) -> CleanImage:
    """``upload`` checked and re-encoded, or a ``ValidationError`` that tells the artist why."""
    image = open_image(read_upload(upload))
    with image:
        clean = reencode(image)
    check_stored(clean)
    return clean
