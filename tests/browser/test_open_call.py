"""The open call in a real browser: the form, its errors and the status page meet WCAG 2.1 AA on
a phone, and a person can send the form with the keyboard and no JavaScript of ours."""

from pathlib import Path

import pytest

from .conftest import WCAG_21_AA, assert_accessible, describe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def axe_violations(page, axe_js: Path) -> list:
    page.add_script_tag(path=str(axe_js))
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}}
    return page.evaluate("options => axe.run(document, options)", options)["violations"]


def test_the_form_and_the_status_page_are_accessible(home, audit_page):
    from django.utils import timezone

    from gallery.models import Submission

    submission = Submission(
        artist_name="Noor Visser",
        email="noor@example.org",
        statement="Lichtkunst.",
        title="Zenders in de nacht",
        year=2025,
        medium="Print",
        description_nl="Nachtfoto's.",
        decision_reason="Past niet in het thema van dit jaar.",
        status="declined",
        decided_at=timezone.now(),
        licence_consent_at=timezone.now(),
        privacy_consent_at=timezone.now(),
    )
    token = submission.set_token()
    submission.save()
    assert_accessible(
        audit_page,
        [
            ("/nl/open-call/", "nl"),
            ("/en/open-call/", "en"),
            (f"/nl/open-call/status/{token}/", "nl"),
            (f"/en/open-call/status/{token}/", "en"),
        ],
    )


def test_an_artist_sends_the_form_and_follows_the_status(
    home, live_server, browser, axe_js, tmp_path
):
    from tests.gallery.submission_files import jpeg

    picture = tmp_path / "zendmast.jpg"
    picture.write_bytes(jpeg((800, 600)))

    def submit(page) -> dict:
        page.goto(f"{live_server.url}/en/open-call/")
        # Sent empty first: the errors come back, summarised and tied to their fields.
        page.get_by_role("button", name="Send submission").click()
        page.wait_for_load_state()
        summary = page.get_by_role("alert").inner_text()
        errors_page = axe_violations(page, axe_js)
        page.get_by_label("Artist name").fill("Noor Visser")
        page.get_by_label("E-mail", exact=True).fill("noor@example.org")
        page.get_by_label("Short bio or statement").fill("Ik maak lichtkunst.")
        page.get_by_label("Title of the work").fill("Zenders in de nacht")
        page.get_by_label("Year", exact=True).fill("2025")
        page.get_by_label("Medium or technique").fill("Digitale print")
        page.get_by_label("Description (English)").fill("Night photographs of masts.")
        page.get_by_label("Image 1", exact=True).set_input_files(str(picture))
        page.get_by_label("Alt text for image 1").fill("A mast against a dark sky.")
        page.get_by_label("I license The Media Ahead", exact=False).check()
        page.get_by_label("I have read the privacy statement").check()
        page.get_by_label("Language for our e-mails").select_option("en")
        page.keyboard.press("Tab")
        page.get_by_role("button", name="Send submission").press("Enter")
        page.wait_for_url("**/en/open-call/status/**")
        return {
            "summary": summary,
            "errors_page": errors_page,
            "status_text": page.locator("main").inner_text(),
            "status_page": axe_violations(page, axe_js),
        }

    found = browser.run(submit)
    assert "Your submission was not sent" in found["summary"]
    assert "This field is required." in found["summary"]
    assert not found["errors_page"], describe_violations(found["errors_page"])
    assert "Thank you! We have received your submission." in found["status_text"]
    assert "Received" in found["status_text"]
    assert not found["status_page"], describe_violations(found["status_page"])
