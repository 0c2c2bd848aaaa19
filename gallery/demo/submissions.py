"""Demo open-call submissions, so that the moderation screens have something to show: fictional
artists ("(demo)"), example.org addresses, drawn images. They go through the same form and the
same storage as a real submission, without the rate limits and without e-mail.
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from cms.demo.images import draw_picture
from cms.demo.loader import Report
from gallery.models import Submission
from gallery.submission_forms import SubmissionForm
from gallery.submissions import start_review, store_submission

SUBMISSIONS = [
    {
        "artist_name": "Lotte Brink (demo)",
        "email": "lotte.brink@example.org",
        "website": "https://example.org/lotte-brink/",
        "statement": "Ik maak lichtbakken met foto's van Hilversumse studio's bij nacht.",
        "title": "Studio 7 bij nacht (demo)",
        "year": "2025",
        "medium": "Lichtbak, duratrans op aluminium",
        "dimensions": "120 x 80 x 12 cm",
        "description_nl": "Een verlichte foto van een lege televisiestudio, vlak na de uitzending.",
        "description_en": "A backlit photograph of an empty TV studio, just after the broadcast.",
        "language": "nl",
        "alt": "Een lege televisiestudio in blauw licht, camera's opzij geschoven.",
        "review": True,
    },
    {
        "artist_name": "Samir Haddou (demo)",
        "email": "samir.haddou@example.org",
        "website": "",
        "statement": "I make generative posters from radio archive recordings.",
        "title": "Frequencies of the Gooi (demo)",
        "year": "2026",
        "medium": "Generative print on dibond",
        "dimensions": "100 x 70 cm",
        "description_nl": "",
        "description_en": "Waveforms of seventy years of Hilversum radio, drawn as a landscape.",
        "language": "en",
        "alt": "Coloured waveforms stacked like hills under a pale sky.",
        "review": False,
    },
]


def ensure_submissions(report: Report) -> None:
    for data in SUBMISSIONS:
        if Submission.objects.filter(title=data["title"]).exists():
            continue
        fields = {
            key: value for key, value in data.items() if key not in ("alt", "review")
        }
        form = SubmissionForm(
            {
                **fields,
                "alt_text_1": data["alt"],
                "licence_consent": "on",
                "privacy_consent": "on",
            },
            {
                "image_1": SimpleUploadedFile(
                    "demo.png", draw_picture(data["title"], (1200, 800)), "image/png"
                )
            },
        )
        if not form.is_valid():
            raise ValueError(
                f"Demo submission {data['title']}: {form.errors.as_json()}"
            )
        submission, _token = store_submission(form, data["language"])
        if data["review"]:
            start_review(submission)
        report(f"  created submission {submission.reference} {submission.title!r}")
