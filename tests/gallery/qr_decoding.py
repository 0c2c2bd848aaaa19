"""Reading generated QR codes back with a real decoder (zxing-cpp), as a phone camera would."""

import io
from dataclasses import dataclass

import pypdfium2
import zxingcpp
from PIL import Image

PRINT_DPI = 300
POINTS_PER_INCH = 72
MM_PER_INCH = 25.4


@dataclass
class Decoded:
    text: str
    ec_level: str
    width_px: int  # of the symbol without its quiet zone, as the decoder found it


def decode(image: Image.Image) -> list[Decoded]:
    """Every QR code zxing-cpp finds in ``image``."""
    found = []
    for result in zxingcpp.read_barcodes(
        image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode
    ):
        position = result.position
        found.append(
            Decoded(
                text=result.text,
                ec_level=result.ec_level,
                width_px=abs(position.top_right.x - position.top_left.x),
            )
        )
    return found


def png_image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def pdf_pages(data: bytes, dpi: int = PRINT_DPI) -> list[Image.Image]:
    """Each page of a PDF rendered by PDFium (Chrome's PDF engine) at ``dpi``."""
    document = pypdfium2.PdfDocument(data)
    try:
        return [page.render(scale=dpi / POINTS_PER_INCH).to_pil() for page in document]
    finally:
        document.close()


def pdf_page_sizes_mm(data: bytes) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [
            tuple(points / POINTS_PER_INCH * MM_PER_INCH for points in page.get_size())
            for page in document
        ]
    finally:
        document.close()
