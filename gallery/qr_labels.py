"""Print-ready labels for an exhibition: one label per placement, eight to an A4 sheet.

Each label is 105 × 74 mm (the common "8 per A4" label sheet, e.g. Avery 3427; on plain paper the
hairline frame is the cutting guide) and carries the work's title, artists and year, a line in
each language, the label note, the spot it belongs to, and the artwork's QR code 36 mm wide
(quiet zone included; the symbol itself about 28 mm, well over the 20 mm a phone needs from an
arm's length) with the URL it encodes printed under it. Drawn with ReportLab; the code is the
same segno matrix as ``/q/<CODE>.pdf`` and vector, so it prints sharp at any resolution.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from gallery.models import ArtworkPage, ExhibitionPage
from gallery.models.qr_codes import encoded_url, ensure_code
from gallery.qr_images import QUIET_ZONE, qr_symbol

LABEL_WIDTH, LABEL_HEIGHT = 105 * mm, 74 * mm
COLUMNS, ROWS = 2, 4
PADDING = 5 * mm
QR_SIZE = 36 * mm  # quiet zone included
GREY = Color(0.35, 0.35, 0.35)
CUT_LINE = Color(0.8, 0.8, 0.8)
Progress = Callable[[int, int], None]


@dataclass
class Label:
    """What one label says; ``lines`` holds one text per language, default language first."""

    title: str
    other_titles: list[str]
    artists: str
    year: str
    lines: list[tuple[str, str]]
    note: str
    spot: str
    code: str

    @property
    def url(self) -> str:
        return encoded_url(self.code)


def call_to_action(language: str) -> str:
    with translation.override(language):
        return gettext("Scan the code for more about this work.")


def exhibition_labels(exhibition: ExhibitionPage) -> list[Label]:
    """A label for each placement of ``exhibition``, in its order; drafts included, so that
    labels can be printed before the opening. Creates the codes that are missing."""
    placements = list(
        exhibition.placements.select_related("artwork", "spot")
        .prefetch_related("artwork__artist_links__artist")
        .order_by("sort_order", "pk")
    )
    languages = [code for code, _name in settings.LANGUAGES]
    translations: dict[tuple, ArtworkPage] = {
        (page.translation_key, page.locale.language_code): page
        for page in ArtworkPage.objects.filter(
            translation_key__in={p.artwork.translation_key for p in placements}
        ).select_related("locale")
    }
    labels = []
    for placement in placements:
        artwork = placement.artwork
        localized = [
            translations.get((artwork.translation_key, language), artwork)
            for language in languages
        ]
        labels.append(
            Label(
                title=localized[0].title,
                other_titles=[
                    page.title
                    for page in localized[1:]
                    if page.title != localized[0].title
                ],
                artists=", ".join(
                    link.artist.title for link in artwork.artist_links.all()
                ),
                year=str(artwork.year or ""),
                lines=[
                    (language, page.introduction or call_to_action(language))
                    for language, page in zip(languages, localized, strict=True)
                ],
                note=placement.label_note,
                spot=" · ".join(
                    part
                    for part in (placement.spot.name, placement.spot.position)
                    if part
                ),
                code=ensure_code(artwork).code,
            )
        )
    return labels


def fitted(
    text: str, font: str, size: float, width: float, max_lines: int
) -> list[str]:
    """``text`` wrapped to ``width``, at most ``max_lines`` lines, the last one shortened with an
    ellipsis when it does not fit."""
    lines = simpleSplit(text, font, size, width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and simpleSplit(last + " …", font, size, width)[1:]:
        last = last[:-1].rstrip()
    kept[-1] = last + " …"
    return kept


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> float:
    """The code's symbol with its quiet zone, ``size`` wide, lower-left corner at ``x, y``;
    returns the width of a module."""
    symbol = qr_symbol(code)
    rows = [list(row) for row in symbol.matrix_iter(scale=1, border=QUIET_ZONE)]
    module = size / len(rows)
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    path = canvas.beginPath()
    # Runs of dark modules per row, a hair taller than a module so that renderers leave no seams.
    for row_index, row in enumerate(rows):
        top = y + size - (row_index + 1) * module
        start = None
        for column, dark in enumerate([*row, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                path.rect(
                    x + start * module,
                    top - module * 0.02,
                    (column - start) * module,
                    module * 1.04,
                )
                start = None
    # Non-zero winding: with ReportLab's default (even-odd) the overlaps would be holes.
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    return module


def draw_label(canvas: Canvas, label: Label, left: float, bottom: float) -> None:
    canvas.setStrokeColor(CUT_LINE)
    canvas.setLineWidth(0.25)
    canvas.rect(left, bottom, LABEL_WIDTH, LABEL_HEIGHT, stroke=1, fill=0)

    top = bottom + LABEL_HEIGHT - PADDING
    qr_left = left + LABEL_WIDTH - PADDING - QR_SIZE
    qr_bottom = top - QR_SIZE
    module = draw_qr(canvas, label.code, qr_left, qr_bottom, QR_SIZE)
    # The URL under the symbol, right-aligned with its dark modules.
    canvas.setFillColor(black)
    canvas.setFont("Helvetica", 7)
    canvas.drawRightString(
        qr_left + QR_SIZE - QUIET_ZONE * module, qr_bottom - 2.5 * mm, label.url
    )

    # Title, other titles, artists, year and the note, beside the code.
    text_width = qr_left - left - PADDING - 4 * mm
    x, y = left + PADDING, top - 4.5 * mm
    for line in fitted(label.title, "Helvetica-Bold", 14, text_width, 2):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(x, y, line)
        y -= 5.6 * mm
    for title in label.other_titles:
        for line in fitted(title, "Helvetica-Oblique", 10, text_width, 1):
            canvas.setFont("Helvetica-Oblique", 10)
            canvas.drawString(x, y, line)
            y -= 4.2 * mm
    y -= 1 * mm
    for text, font, size in (
        (label.artists, "Helvetica", 11),
        (label.year, "Helvetica", 10),
    ):
        for line in fitted(text, font, size, text_width, 1):
            canvas.setFont(font, size)
            canvas.drawString(x, y, line)
            y -= size * 0.42 * mm
    if label.note:
        canvas.setFillColor(GREY)
        for line in fitted(label.note, "Helvetica", 8, text_width, 2):
            canvas.setFont("Helvetica", 8)
            canvas.drawString(x, y, line)
            y -= 3.4 * mm

    # One line per language across the bottom, then where the label goes.
    band_width = LABEL_WIDTH - 2 * PADDING
    y = qr_bottom - 7.5 * mm
    canvas.setStrokeColor(CUT_LINE)
    canvas.line(x, y + 3.5 * mm, x + band_width, y + 3.5 * mm)
    for language, text in label.lines:
        font = (
            "Helvetica" if language == settings.LANGUAGE_CODE else "Helvetica-Oblique"
        )
        canvas.setFillColor(black)
        for line in fitted(text, font, 8.5, band_width, 2):
            canvas.setFont(font, 8.5)
            canvas.drawString(x, y, line)
            y -= 3.6 * mm
        y -= 0.8 * mm
    canvas.setFillColor(GREY)
    canvas.setFont("Helvetica", 6.5)
    for line in fitted(label.spot, "Helvetica", 6.5, band_width, 1):
        canvas.drawString(x, bottom + PADDING - 1.5 * mm, line)


def write_labels_pdf(
    exhibition: ExhibitionPage, out: BinaryIO, progress: Progress | None = None
) -> int:
    """Write the label sheets of ``exhibition`` to ``out``; returns the number of labels.

    ``progress(done, total)`` is called after each label (the command draws a bar with it)."""
    labels = exhibition_labels(exhibition)
    canvas = Canvas(out, pagesize=A4, pageCompression=1, invariant=True)
    canvas.setTitle(f"QR labels – {exhibition.title}")
    canvas.setAuthor("The Media Ahead")
    page_width, page_height = A4
    margin_x = (page_width - COLUMNS * LABEL_WIDTH) / 2
    margin_y = (page_height - ROWS * LABEL_HEIGHT) / 2
    per_page = COLUMNS * ROWS
    for index, label in enumerate(labels):
        if index and index % per_page == 0:
            canvas.showPage()
        slot = index % per_page
        column, row = slot % COLUMNS, slot // COLUMNS
        draw_label(
            canvas,
            label,
            margin_x + column * LABEL_WIDTH,
            page_height - margin_y - (row + 1) * LABEL_HEIGHT,
        )
        if progress is not None:
            progress(index + 1, len(labels))
    if not labels:
        canvas.setFont("Helvetica", 12)
        canvas.drawString(
            20 * mm,
            page_height - 30 * mm,
            gettext("%(exhibition)s has no placements yet.")
            % {"exhibition": exhibition.title},
        )
    canvas.save()
    return len(labels)
