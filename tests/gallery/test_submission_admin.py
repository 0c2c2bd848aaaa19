"""The open call in the admin: staff list the submissions, read one with its images (streamed from
quarantine to staff only), and start a review, accept or decline it; nobody adds one there."""

import datetime
import json
import re
from io import BytesIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.images import get_image_model

import pytest
from PIL import Image

from gallery.choices import SubmissionStatus
from gallery.models import ArtworkPage, Submission, SubmissionImage
from tests.gallery.submission_files import jpeg

pytestmark = pytest.mark.django_db

LISTING_URL = "/admin/gallery/submissions/"


def make_submission(images: int = 1, **fields: object) -> Submission:
    """A submission as the open-call form stores it, with re-encoded JPEG files in quarantine."""
    now = timezone.now()
    values = {
        "artist_name": "Noor Visser",
        "email": "noor@example.org",
        "website": "https://noor.example.org/",
        "statement": "Ik fotografeer zendmasten.\nVooral 's nachts.",
        "title": "Zenders in de nacht",
        "year": 2025,
        "medium": "Digitale print op dibond",
        "dimensions": "120 x 80 x 2 cm",
        "description_nl": "Een serie nachtfoto's van zendmasten.",
        "description_en": "A series of night photographs of transmitters.",
        "licence_consent_at": now,
        "privacy_consent_at": now,
        **fields,
    }
    submission = Submission(**values)
    submission.set_token()
    submission.save()
    for order in range(images):
        content = jpeg((64 + order, 48))
        with Image.open(BytesIO(content)) as picture:
            width, height = picture.size
        row = SubmissionImage(
            submission=submission,
            sort_order=order,
            alt_text=f"Zendmast {order + 1} tegen een donkerblauwe lucht.",
            width=width,
            height=height,
            content_type="image/jpeg",
            size=len(content),
        )
        row.file.save("image.jpg", ContentFile(content), save=False)
        row.save()
    return submission


def url(name: str, submission: Submission) -> str:
    return reverse(f"gallery_submissions:{name}", args=[submission.pk])


def messages_of(response) -> list[str]:
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


@pytest.fixture
def staff(quarantined_files, admin_in_english, admin_client):
    """A superuser in the English admin, with an empty quarantine."""
    return admin_client


@pytest.fixture
def login_with(client):
    """A logged-in admin user with the given ``gallery`` submission permissions only."""

    def login(*codenames: str) -> Client:
        user = get_user_model().objects.create_user("curator", "c@example.org", "x")
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            *Permission.objects.filter(codename__in=codenames),
        )
        client.force_login(user)
        return client

    return login


# -- The listing ---------------------------------------------------------------------------------


def test_the_listing_shows_the_newest_first_with_image_counts_and_filters(staff):
    older = make_submission(images=2, title="Oude masten", artist_name="Ada Vos")
    Submission.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3)
    )
    newer = make_submission(images=1, status=SubmissionStatus.DECLINED)
    response = staff.get(LISTING_URL)
    assert response.status_code == 200
    rows = list(response.context["object_list"])
    assert rows == [newer, older]
    assert [row.image_count for row in rows] == [1, 2]
    page = response.content.decode()
    for text in (older.reference, "Oude masten", "Ada Vos", "Declined", "Received"):
        assert text in page
    # The reference leads to the detail page, where a submission is decided.
    assert url("inspect", older) in page

    declined = staff.get(LISTING_URL, {"status": "declined"})
    assert list(declined.context["object_list"]) == [newer]
    for query in (older.reference, "oude", "ada vos"):
        found = staff.get(LISTING_URL, {"q": query})
        assert list(found.context["object_list"]) == [older], query


def test_nobody_adds_a_submission_in_the_admin(staff):
    listing = staff.get(LISTING_URL).content.decode()
    assert f"{LISTING_URL}new/" not in listing
    response = staff.get(f"{LISTING_URL}new/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not Submission.objects.exists()


@pytest.mark.parametrize("count", [1, 10])
def test_the_listing_runs_the_same_queries_for_1_or_10_submissions(
    staff, count, django_assert_max_num_queries
):
    for number in range(count):
        make_submission(images=2, title=f"Werk {number}")
    with django_assert_max_num_queries(8):
        response = staff.get(LISTING_URL)
    assert len(response.context["object_list"]) == count


def test_the_listing_is_not_for_anonymous_visitors(client):
    response = client.get(LISTING_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# -- The detail page and its images --------------------------------------------------------------


def test_the_detail_page_shows_everything_with_the_images_through_the_image_view(
    staff,
):
    submission = make_submission(images=2, staff_notes="Bellen na de jury.")
    response = staff.get(url("inspect", submission))
    assert response.status_code == 200
    page = response.content.decode()
    for text in (
        submission.reference,
        "Zenders in de nacht",
        "Ik fotografeer zendmasten.<br>Vooral &#x27;s nachts.",
        "A series of night photographs of transmitters.",
        "120 x 80 x 2 cm",
        'href="mailto:noor@example.org"',
        'href="https://noor.example.org/"',
        "Licence accepted at",
        "Privacy statement accepted at",
        "Bellen na de jury.",
        "Start review",
        "Accept",
        "Decline",
    ):
        assert text in page, text
    for image in submission.images.all():
        assert f'src="{reverse("gallery_submissions:image", args=[image.pk])}"' in page
        assert f'alt="{image.alt_text}"' in page
        assert f"Alt text:</strong> {image.alt_text}" in page


def test_the_image_view_streams_the_file_with_private_headers(staff):
    image = make_submission().images.get()
    response = staff.get(reverse("gallery_submissions:image", args=[image.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    body = b"".join(response.streaming_content)
    with image.file.open("rb") as stored:
        assert body == stored.read()
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Content-Disposition"].startswith("inline")


def test_the_images_are_for_staff_who_may_read_submissions(client, login_with):
    image = make_submission().images.get()
    image_url = reverse("gallery_submissions:image", args=[image.pk])
    anonymous = client.get(image_url)
    assert anonymous.status_code == 302
    assert "/admin/login/" in anonymous["Location"]

    outsider = get_user_model().objects.create_user("bezoeker", "b@example.org", "x")
    client.force_login(outsider)
    assert client.get(image_url).status_code == 302  # no admin access: to the login

    unprivileged = login_with()
    assert unprivileged.get(image_url).status_code == 403
    assert unprivileged.get(url("inspect", image.submission)).status_code == 302


def test_a_reader_sees_the_images_but_no_review_buttons_and_cannot_act(
    login_with, admin_in_english
):
    submission = make_submission()
    reader = login_with("view_submission")
    image = submission.images.get()
    assert (
        reader.get(reverse("gallery_submissions:image", args=[image.pk])).status_code
        == 200
    )
    page = reader.get(url("inspect", submission)).content.decode()
    assert image.alt_text in page
    assert url("accept", submission) not in page
    assert url("start_review", submission) not in page
    response = reader.post(url("start_review", submission))
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RECEIVED


# -- The review steps ----------------------------------------------------------------------------


def test_start_review(staff):
    submission = make_submission()
    response = staff.post(url("start_review", submission))
    assert (response.status_code, response["Location"]) == (
        302,
        url("inspect", submission),
    )
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.IN_REVIEW
    assert "Review started" in messages_of(response)[0]
    # Once in review, the button is gone; accepting and declining remain.
    page = staff.get(url("inspect", submission)).content.decode()
    assert url("start_review", submission) not in page
    assert url("accept", submission) in page


@pytest.mark.parametrize("step", ["start_review", "accept", "decline"])
def test_the_steps_refuse_get(staff, gallery, step):
    submission = make_submission()
    assert staff.get(url(step, submission)).status_code == 405
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RECEIVED


def test_the_steps_need_the_csrf_token(quarantined_files, admin_user):
    submission = make_submission()
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.post(url("start_review", submission)).status_code == 403
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RECEIVED


def test_a_decline_needs_a_reason_which_is_mailed_to_the_artist(
    staff, mailoutbox, django_capture_on_commit_callbacks
):
    submission = make_submission(language="en")
    response = staff.post(url("decline", submission), {"reason": "  "})
    assert response["Location"] == url("inspect", submission)
    assert "Give a reason" in messages_of(response)[0]
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RECEIVED

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            url("decline", submission), {"reason": "The series does not fit a frame."}
        )
    assert response["Location"] == url("inspect", submission)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DECLINED
    assert submission.decision_reason == "The series does not fit a frame."
    assert submission.decided_by.username == "admin"
    [mail] = mailoutbox
    assert mail.to == ["noor@example.org"]
    assert "The series does not fit a frame." in mail.body
    page = staff.get(url("inspect", submission)).content.decode()
    assert url("accept", submission) not in page and "Declined" in page


def test_accept_creates_a_draft_artwork_with_the_images_and_opens_it(
    staff, gallery, mailoutbox, django_capture_on_commit_callbacks
):
    submission = make_submission(images=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(url("accept", submission))
    submission.refresh_from_db()
    artwork = submission.artwork
    assert submission.status == SubmissionStatus.ACCEPTED
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[artwork.pk])
    assert "Accepted" in messages_of(response)[0]
    assert not artwork.live and artwork.get_parent().pk == gallery.artworks.pk
    library = get_image_model().objects.filter(
        pk__in=[row.image_id for row in artwork.images.all()]
    )
    assert sorted(image.description for image in library) == [
        "Zendmast 1 tegen een donkerblauwe lucht.",
        "Zendmast 2 tegen een donkerblauwe lucht.",
    ]
    assert {image.credit for image in library} == {"Noor Visser"}
    assert len(mailoutbox) == 1
    page = staff.get(url("inspect", submission)).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[artwork.pk]) in page
    assert "Zenders in de nacht (draft)" in page


def test_a_second_accept_changes_nothing(staff, gallery):
    submission = make_submission()
    staff.post(url("accept", submission), follow=True)
    response = staff.post(url("accept", submission))
    assert response["Location"] == url("inspect", submission)
    assert messages_of(response) == [
        "Nothing was changed: this submission’s status is already “Accepted”."
    ]
    assert ArtworkPage.objects.count() == 1


def test_accept_without_an_artwork_index_says_why(staff, home):
    submission = make_submission()
    images_before = get_image_model().objects.count()
    response = staff.post(url("accept", submission))
    assert response["Location"] == url("inspect", submission)
    assert "no “artwork index" in messages_of(response)[0].lower()
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RECEIVED
    assert get_image_model().objects.count() == images_before


def test_only_the_staff_notes_can_be_edited(staff):
    submission = make_submission()
    response = staff.post(
        url("edit", submission),
        {"staff_notes": "Mooi werk, past bij de stationshal.", "title": "Anders"},
    )
    assert response["Location"] == url("inspect", submission)
    assert messages_of(response) == ["Staff notes saved."]
    submission.refresh_from_db()
    assert submission.staff_notes == "Mooi werk, past bij de stationshal."
    assert submission.title == "Zenders in de nacht"


def test_open_call_is_in_the_urban_gallery_menu(staff):
    page = staff.get("/admin/").content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        page,
        re.DOTALL,
    )
    [main_menu] = [
        module
        for module in json.loads(props.group(1))["modules"]
        if module["_type"] == "wagtail.sidebar.MainMenuModule"
    ]
    [(_group, items)] = [
        item["_args"]
        for item in main_menu["_args"][0]
        if item["_args"][0]["name"] == "urban-gallery"
    ]
    assert {"label": "Open call", "url": LISTING_URL}.items() <= items[-1]["_args"][
        0
    ].items()
