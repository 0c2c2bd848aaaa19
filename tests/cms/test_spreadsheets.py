import csv
import io

from django.test import SimpleTestCase

from cms.spreadsheets import FORMULA_STARTS, SpreadsheetWriter, inert


class InertCellTests(SimpleTestCase):
    def test_text_a_spreadsheet_would_run_gets_an_apostrophe(self):
        for formula in (
            "=1+1",
            "+31 35 123",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            " =1+1",
            "\0=1",
        ):
            with self.subTest(formula=formula):
                self.assertEqual(inert(formula), "'" + formula)

    def test_plain_text_and_numbers_are_left_alone(self):
        for value in ("Stationsplein", "", "a=b", 5, -5, 2.5, None):
            with self.subTest(value=value):
                self.assertEqual(inert(value), value)

    def test_the_writer_neutralises_every_row(self):
        out = io.StringIO()
        writer = SpreadsheetWriter(out)
        writer.writerow(["name", "scans"])
        writer.writerows([["=cmd|' /C calc'!A0", 3], ["Kerkbrink", -1]])
        self.assertEqual(
            out.getvalue().splitlines(),
            ['"name","scans"', '"\'=cmd|\' /C calc\'!A0","3"', '"Kerkbrink","-1"'],
        )

    def test_a_separator_inside_a_cell_cannot_start_a_formula(self):
        # Dutch spreadsheets read CSV with ";" between cells.
        out = io.StringIO()
        SpreadsheetWriter(out).writerow(["Kerkbrink;=1+1", "a,=2+2"])
        cells = next(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
        self.assertEqual(out.getvalue().strip(), '"Kerkbrink;=1+1","a,=2+2"')
        self.assertFalse([cell for cell in cells if cell.startswith(FORMULA_STARTS)])
