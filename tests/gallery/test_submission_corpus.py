"""The attack corpus: hostile files and requests against the open call, generated here.

Each gets a clear 4xx with a message for the field (or is sanitised), and leaves no file in the
quarantine storage and no row in the database.
"""

from io import BytesIO

from django.core.exceptions import ValidationError
from django.test import override_settings

import pytest
from PIL import ExifTags, Image

from gallery.models import Submission
from gallery.submission_images import CleanImage, check_stored
from tests.gallery.submission_files import (
    XMP,
    gif,
    jpeg,
    jpeg_with_broken_exif,
    jpeg_with_fake_colour_profile,
    jpeg_with_gps_and_xmp,
    jpeg_with_markup_in_its_colour_profile,
    mpo,
    noise_jpeg,
    png,
    png_declaring,
    png_with_markup_in_its_colour_profile,
    png_with_palette,
    png_without_palette,
    submission_fields,
    upload,
)

pytestmark = pytest.mark.django_db

URL = "/api/gallery/submissions/"
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)
NOT_AN_IMAGE = (
    "This is not a JPEG, PNG or WebP image. Other formats (SVG, GIF, HEIC, PDF …) are not "
    "accepted, whatever the file is called."
)
DAMAGED = "The image is damaged or incomplete. Export it again and upload the new file."
MARKUP = "The file contains markup or script as well as an image. Upload a plain JPEG, PNG or WebP."


def refused_image(client, name: str, content: bytes, content_type: str = "image/jpeg"):
    response = client.post(
        URL, submission_fields(image_1=upload(name, content, content_type)), **ENGLISH
    )
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()["errors"]


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        pytest.param(
            "bomb.png",
            png_declaring(20_000, 20_000, rows=20_000),
            "image/png",
            "The image has more than 40 megapixels. Upload a smaller version.",
            id="decompression-bomb",
        ),
        pytest.param(
            "huge.png",
            png_declaring(1_000_000, 1_000_000, rows=1),
            "image/png",
            "The image has more than 40 megapixels. Upload a smaller version.",
            id="huge-declared-size",
        ),
        pytest.param(
            "polyglot.jpg",
            jpeg() + b"<html><script>alert(1)</script></html>",
            "image/jpeg",
            MARKUP,
            id="jpeg-html-polyglot",
        ),
        pytest.param("drawing.svg", SVG, "image/svg+xml", MARKUP, id="svg-with-script"),
        pytest.param(
            "drawing.jpg",
            SVG.replace(b"<script>", b"<g>"),
            "image/jpeg",
            MARKUP,
            id="svg-named-jpg",
        ),
        pytest.param(
            "palette.png",
            png_with_palette(b"<img src=x onerror=alert(document.domain)>"),
            "image/png",
            MARKUP,
            id="png-palette-polyglot",
        ),
        pytest.param("animation.gif", gif(), "image/gif", NOT_AN_IMAGE, id="gif"),
        pytest.param(
            "empty.jpg",
            b"",
            "image/jpeg",
            "The submitted file is empty.",
            id="zero-bytes",
        ),
        pytest.param(
            "cut.jpg",
            jpeg((400, 300))[:1500],
            "image/jpeg",
            DAMAGED,
            id="truncated-jpeg",
        ),
        pytest.param(
            "page.pdf",
            b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
            "application/pdf",
            NOT_AN_IMAGE,
            id="pdf",
        ),
    ],
)
def test_hostile_files_are_refused_with_a_clear_message(
    client, quarantined_files, name, content, content_type, message
):
    errors = refused_image(client, name, content, content_type)
    assert errors == {"image_1": [message]}
    assert not Submission.objects.exists()
    assert quarantined_files() == []


def test_gps_exif_and_xmp_are_removed_and_the_image_stands_upright(
    client, quarantined_files
):
    original = Image.open(BytesIO(jpeg_with_gps_and_xmp(orientation=6)))
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the corpus file has them
    response = client.post(
        URL, submission_fields(image_1=upload("camera.jpg", jpeg_with_gps_and_xmp()))
    )
    assert response.status_code == 201, response.content
    row = Submission.objects.get().images.get()
    with row.file.open("rb") as stored_file:
        stored = stored_file.read()
    image = Image.open(BytesIO(stored))
    assert image.format == "JPEG"
    assert not image.getexif()  # no EXIF at all: no GPS, no camera, no orientation
    assert "xmp" not in image.info and b"secret-xmp-marker" not in stored
    assert b"SecretCam" not in stored and XMP not in stored
    assert image.info.get("icc_profile")  # the colour profile is kept
    # Orientation 6 (rotate 90°) applied: 80 × 40 stored as 40 × 80.
    assert image.size == (40, 80) == (row.width, row.height)
    assert quarantined_files() == [row.file.name]


def test_images_pillow_fails_on_are_refused_as_damaged_not_a_500(
    client, quarantined_files
):
    for name, content in [
        ("exif.jpg", jpeg_with_broken_exif()),
        ("palette.png", png_without_palette()),
    ]:
        response = client.post(
            URL, submission_fields(image_1=upload(name, content)), **ENGLISH
        )
        # Either turned upright and kept (Pillow read it) or refused as damaged; never a 500.
        assert response.status_code in (201, 400), (name, response.status_code)
        if response.status_code == 400:
            assert response.json()["errors"] == {"image_1": [DAMAGED]}
    assert len(quarantined_files()) == Submission.objects.count()


def test_a_phones_multi_picture_jpeg_keeps_its_first_frame(client):
    response = client.post(URL, submission_fields(image_1=upload("phone.jpg", mpo())))
    assert response.status_code == 201, response.content
    row = Submission.objects.get().images.get()
    with row.file.open("rb") as stored:
        image = Image.open(BytesIO(stored.read()))
    assert image.format == "JPEG" and getattr(image, "n_frames", 1) == 1
    assert (row.width, row.height, row.content_type) == (64, 48, "image/jpeg")


def test_text_posing_as_a_colour_profile_is_dropped(client):
    response = client.post(
        URL,
        submission_fields(image_1=upload("icc.jpg", jpeg_with_fake_colour_profile())),
    )
    assert response.status_code == 201
    row = Submission.objects.get().images.get()
    with row.file.open("rb") as stored:
        content = stored.read()
    assert b"jan@example.org" not in content and b"GPSLatitude" not in content
    assert not Image.open(BytesIO(content)).info.get("icc_profile")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("profile.jpg", jpeg_with_markup_in_its_colour_profile()),
        ("profile.png", png_with_markup_in_its_colour_profile()),
    ],
)
def test_a_colour_profile_carrying_markup_is_not_stored(client, name, content):
    assert b"<script" not in content[:4096] + content[-4096:]

    response = client.post(URL, submission_fields(image_1=upload(name, content)))

    assert response.status_code == 201, response.content
    row = Submission.objects.get().images.get()
    with row.file.open("rb") as stored:
        stored_content = stored.read()
    assert b"<script" not in stored_content
    assert not Image.open(BytesIO(stored_content)).info.get("icc_profile")


def test_the_bytes_to_be_stored_are_checked_again():
    with pytest.raises(ValidationError) as markup:
        check_stored(CleanImage(jpeg() + b"<html>", "JPEG", 64, 48))
    with pytest.raises(ValidationError) as mislabelled:
        check_stored(CleanImage(jpeg(), "PNG", 64, 48))

    assert (markup.value.code, mislabelled.value.code) == ("markup", "damaged")
    check_stored(CleanImage(jpeg(), "JPEG", 64, 48))


def test_compressed_pixels_that_happen_to_spell_markup_are_not_refused(client):
    # "<sVg" inside the entropy-coded middle of a real JPEG: noise, not a polyglot.
    data = bytearray(noise_jpeg((400, 400)))
    middle = len(data) // 2
    data[middle : middle + 4] = b"<sVg"
    response = client.post(
        URL, submission_fields(image_1=upload("noise.jpg", bytes(data)))
    )
    assert response.status_code in (201, 400)
    if response.status_code == 400:  # the change may break the JPEG; it is not "markup"
        assert response.json()["errors"]["image_1"] != [MARKUP]


def test_a_png_named_jpg_is_judged_by_its_content(client):
    response = client.post(URL, submission_fields(image_1=upload("photo.jpg", png())))
    assert response.status_code == 201
    row = Submission.objects.get().images.get()
    assert row.content_type == "image/png" and row.file.name.endswith(".png")


@pytest.mark.parametrize(
    "name",
    [
        "../../../etc/passwd.jpg",
        "..\\..\\windows\\win.ini.jpg",
        "/var/www/absolute.jpg",
        "nul\x00byte.jpg",
        "x" * 500 + ".jpg",
    ],
    ids=["traversal", "windows-traversal", "absolute", "nul-byte", "long"],
)
def test_file_names_never_reach_a_path(client, quarantined_files, name):
    response = client.post(URL, submission_fields(image_1=upload(name, jpeg())))
    assert response.status_code == 201, response.content
    (stored,) = quarantined_files()
    assert stored.startswith("submissions/") and len(stored) == len("submissions/") + 36
    assert "passwd" not in stored and ".." not in stored


def test_a_file_name_that_is_not_utf8_is_dropped_not_stored(client, quarantined_files):
    # Browsers send UTF-8 names; Django's parser drops a part whose header does not decode, so
    # the image is missing (a 400 that names the field) and nothing is written.
    boundary = "BOUNDARY"
    fields = submission_fields(image_1=None)
    body = b""
    for key, value in fields.items():
        body += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'
        ).encode()
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="image_1"; '
        f'filename="'.encode()
        + b"\xff\xfe../\xe9t\xe9.jpg"
        + b'"\r\nContent-Type: image/jpeg\r\n\r\n'
        + jpeg()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    response = client.generic(
        "POST",
        URL,
        body,
        content_type=f"multipart/form-data; boundary={boundary}",
        **ENGLISH,
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"image_1": ["This field is required."]}
    assert not Submission.objects.exists() and quarantined_files() == []


def test_a_hundred_files_in_one_request_are_refused(client, quarantined_files):
    fields = submission_fields()
    fields["image_2"] = [upload(f"{number}.jpg", jpeg()) for number in range(100)]
    response = client.post(URL, fields, **ENGLISH)
    assert response.status_code == 400
    assert response.json()["detail"] == (
        "Too many files or fields in one submission: at most 5 images."
    )
    assert not Submission.objects.exists() and quarantined_files() == []


def test_too_many_fields_are_refused(client, quarantined_files):
    fields = submission_fields(**{f"extra_{number}": "x" for number in range(50)})
    response = client.post(URL, fields, **ENGLISH)
    assert response.status_code == 400
    assert not Submission.objects.exists() and quarantined_files() == []


@override_settings(OPEN_CALL_MAX_IMAGE_BYTES=20_000)
def test_an_oversized_image_is_stopped_while_it_streams_in(client, quarantined_files):
    big = noise_jpeg()
    assert len(big) > 20_000
    errors = refused_image(client, "big.jpg", big)
    assert errors == {
        "image_1": ["The file is larger than 0.0190735 MB. Upload a smaller version."]
    }
    assert quarantined_files() == []


@override_settings(OPEN_CALL_MAX_REQUEST_BYTES=10_000)
def test_a_request_declaring_too_many_bytes_is_refused_before_it_is_read(
    client, quarantined_files
):
    fields = submission_fields(image_1=upload("big.jpg", noise_jpeg()))
    response = client.post(URL, fields, **ENGLISH)
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]
    assert not Submission.objects.exists() and quarantined_files() == []


def test_the_sixth_submission_within_the_hour_leaves_nothing(client, quarantined_files):
    for number in range(5):
        fields = submission_fields(email=f"artist{number}@example.org")
        assert client.post(URL, fields).status_code == 201
    before = quarantined_files()
    response = client.post(URL, submission_fields(email="sixth@example.org"), **ENGLISH)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json()["detail"].startswith(
        "Too many submissions; try again later."
    )
    assert quarantined_files() == before and Submission.objects.count() == 5
