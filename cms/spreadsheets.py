"""CSV that is safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets, which may fetch URLs or run commands when the file is opened
(OWASP "CSV injection"). Names typed by editors, artists or anyone else end up in these exports,
so every export writes through ``SpreadsheetWriter``, which follows OWASP's advice: an apostrophe
before such text (also after leading spaces, which a spreadsheet may trim on import), and every
cell quoted, because a Dutch spreadsheet splits CSV on ``;`` and would otherwise start a new cell,
and so a formula, in the middle of ``Kerkbrink;=1+1``. Numbers stay numbers.
"""

import csv
from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What a spreadsheet may strip before it looks for a formula.
TRIMMED = " \0"


def inert(value: Any) -> Any:
    """``value``, with text that a spreadsheet would run as a formula turned into plain text."""
    if isinstance(value, str) and value.lstrip(TRIMMED).startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SpreadsheetWriter:
    """``csv.writer`` whose every cell is quoted and every text cell ``inert``."""

    def __init__(self, out: Any) -> None:
        self.writer = csv.writer(out, quoting=csv.QUOTE_ALL)

    def writerow(self, row: Iterable[Any]) -> None:
        self.writer.writerow([inert(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)
