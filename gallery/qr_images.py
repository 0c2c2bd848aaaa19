"""The codes themselves, print-ready: SVG for screens and designers, PNG and PDF at a size in
millimetres for print.

Error correction level Q (a quarter of the symbol may be dirty, scratched or covered by a sticker:
the labels hang outside for months), the 4-module quiet zone the standard asks for, black on
white. The same matrix (``qr_symbol``) feeds the label PDF, so what is printed is what the API
shows.
"""

import io
import math

from django.conf import settings

import segno

from gallery.models.qr_codes import encoded_url

ERROR_LEVEL = "q"
QUIET_ZONE = 4  # modules, ISO/IEC 18004
DARK, LIGHT = "#000", "#fff"
MM_PER_INCH = 25.4
POINTS_PER_INCH = 72
FORMATS = {
    "svg": "image/svg+xml",
    "png": "image/png",
    "pdf": "application/pdf",
}


def qr_symbol(code: str) -> segno.QRCode:
    """The QR symbol of ``code``'s URL; never boosted past level Q, never a Micro QR (phone
    cameras do not read those)."""
    return segno.make(
        encoded_url(code), error=ERROR_LEVEL, micro=False, boost_error=False
    )


def modules_across(symbol: segno.QRCode) -> int:
    """Width of the symbol in modules, quiet zone included."""
    return symbol.symbol_size(scale=1, border=QUIET_ZONE)[0]


def clamp_size_mm(value: str | None, default: float) -> float:
    """``?size_mm=`` within the print bounds; a missing or unreadable value is ``default``."""
    low, high = settings.QR_PRINT_SIZE_MM
    try:
        size = float(value) if value not in (None, "") else default
    except ValueError:
        size = default
    if not math.isfinite(size):
        size = default
    return min(max(size, low), high)


def png_scale(symbol: segno.QRCode, size_mm: float, dpi: int) -> int:
    """Whole pixels per module, so that module edges stay sharp, for a print at least
    ``size_mm`` wide at ``dpi``."""
    pixels = size_mm / MM_PER_INCH * dpi
    return max(1, math.ceil(pixels / modules_across(symbol)))


def render(code: str, kind: str, size_mm: float | None = None) -> bytes:
    """``code`` as ``kind`` (svg, png or pdf). PNG and PDF are ``size_mm`` wide including the
    quiet zone (the PNG at ``QR_PRINT_DPI``, never narrower); the SVG scales freely."""
    symbol = qr_symbol(code)
    out = io.BytesIO()
    size_mm = size_mm or settings.QR_PRINT_SIZE_MM[0]
    if kind == "svg":
        # A viewBox in modules and no fixed size: the frontend sets the size with CSS.
        symbol.save(
            out,
            kind="svg",
            border=QUIET_ZONE,
            dark=DARK,
            light=LIGHT,
            omitsize=True,
            xmldecl=False,
            title=encoded_url(code),
        )
    elif kind == "png":
        dpi = settings.QR_PRINT_DPI
        symbol.save(
            out,
            kind="png",
            border=QUIET_ZONE,
            dark=DARK,
            light=LIGHT,
            scale=png_scale(symbol, size_mm, dpi),
            dpi=dpi,
        )
    elif kind == "pdf":
        # Vector: exactly ``size_mm`` wide. segno's PDF unit is the point.
        points = size_mm / MM_PER_INCH * POINTS_PER_INCH
        symbol.save(
            out,
            kind="pdf",
            border=QUIET_ZONE,
            dark=DARK,
            light=LIGHT,
            scale=points / modules_across(symbol),
        )
    else:
        raise ValueError(f"Unknown QR image format {kind!r}")
    return out.getvalue()
