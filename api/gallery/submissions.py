"""``POST /api/gallery/submissions/`` (the open call, multipart) and
``GET /api/gallery/submissions/<token>/`` (its status, for the artist only).

Validation is ``gallery.submission_forms.SubmissionForm``, the same as the HTML form's; the request
serializer is generated from that form, so the OpenAPI document lists exactly the fields, types,
limits and required flags the form enforces. Anonymous and without CSRF (no session is used);
refused early by size and rate, before any image is decoded.
"""

from typing import Any

from django import forms
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import (
    APIException,
    Throttled,
    UnsupportedMediaType,
    ValidationError,
)
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.gallery.language import requested_language
from api.public import PublicAPIMixin
from gallery.choices import SubmissionStatus
from gallery.models import Submission
from gallery.ratelimit import RateLimited, client_ip
from gallery.submission_forms import SubmissionForm, SubmittedImageField
from gallery.submission_uploads import UploadRefused, bound_form, guard_request
from gallery.submissions import (
    check_attempt,
    create_submission,
    status_page_path,
)

MUST_BE_TRUE = gettext_lazy("Must be true: the artist agrees.")
PRIVATE_HEADERS = {
    "Cache-Control": "private, no-store",
    # The token is in the URL: no other site may learn it from a Referer.
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex",
}


def serializer_field(field: forms.Field) -> serializers.Field:
    """The DRF field that documents ``field`` (type, limits, required, label, help text)."""
    common: dict[str, Any] = {
        "required": field.required,
        "label": field.label,
        "help_text": field.help_text or None,
    }
    if isinstance(field, SubmittedImageField):
        return serializers.ImageField(**common)
    if isinstance(field, forms.BooleanField):
        # A required checkbox must be ticked: true, never false.
        return serializers.BooleanField(**{**common, "help_text": MUST_BE_TRUE})
    if isinstance(field, forms.IntegerField):
        return serializers.IntegerField(**common)
    if isinstance(field, forms.ChoiceField):
        return serializers.ChoiceField(choices=field.choices, **common)
    text = {"max_length": field.max_length, "allow_blank": not field.required, **common}
    if isinstance(field, forms.EmailField):
        return serializers.EmailField(**text)
    if isinstance(field, forms.URLField):
        return serializers.URLField(**text)
    return serializers.CharField(**text)


class SubmissionCreateSerializer(serializers.Serializer):
    """The open call's request: ``SubmissionForm``'s fields (images ``image_1``…, each with
    ``alt_text_<n>``)."""

    def get_fields(self) -> dict[str, serializers.Field]:
        return {
            name: serializer_field(field)
            for name, field in SubmissionForm().fields.items()
        }


class SubmissionReceiptSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.ChoiceField(choices=SubmissionStatus.choices)
    submitted_at = serializers.DateTimeField()
    status_url = serializers.URLField(
        help_text="The private status in JSON; keep it secret."
    )
    status_page = serializers.URLField(
        help_text="The same status as a page in the artist's language."
    )


class SubmissionStatusSerializer(serializers.ModelSerializer):
    status_label = serializers.CharField(source="get_status_display")
    submitted_at = serializers.DateTimeField(source="created_at")

    class Meta:
        model = Submission
        fields = [
            "reference",
            "title",
            "status",
            "status_label",
            "language",
            "submitted_at",
            "updated_at",
            "decided_at",
            "decision_reason",
        ]
        read_only_fields = fields


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


def status_urls(request: Request, token: str, language: str) -> tuple[str, str]:
    """The status in JSON and as a page in ``language``."""
    api = request.build_absolute_uri(reverse("gallery-submission", args=[token]))
    return api, request.build_absolute_uri(status_page_path(token, language))


PROBLEM = OpenApiResponse(
    response=OpenApiTypes.OBJECT,
    description="Problem details (RFC 9457); `errors` holds a message per field.",
)


class SubmissionCreateView(PublicAPIMixin, APIView):
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="gallery_submissions_create",
        summary="Submit a work to the open call",
        description=(
            "Multipart form data. JPEG, PNG or WebP images only, decided by their content; "
            "each is re-encoded without metadata and kept private until a curator accepts it. "
            "Limits: 5 images, 15 MB and 40 megapixels each; 5 submissions per hour per IP "
            "address and per e-mail address. Messages are in the language of `Accept-Language` "
            "or `?locale=`."
        ),
        request={"multipart/form-data": SubmissionCreateSerializer},
        responses={
            201: SubmissionReceiptSerializer,
            400: PROBLEM,
            413: PROBLEM,
            415: PROBLEM,
            429: PROBLEM,
        },
    )
    def post(self, request: Request) -> Response:
        language = requested_language(request)
        # Messages (the form's and the problem's) in the language asked for, also by ?locale=.
        translation.activate(language)
        if not request.content_type.startswith("multipart/form-data"):
            raise UnsupportedMediaType(request.content_type)
        ip = client_ip(request)
        try:
            check_attempt(ip)
            guard = guard_request(request._request)
            form = bound_form(SubmissionForm, request._request, guard)
            if form.errors:
                raise ValidationError(
                    {field: list(messages) for field, messages in form.errors.items()}
                )
            submission, token = create_submission(
                form,
                ip,
                language,
                lambda token, language: status_urls(request, token, language)[1],
            )
        except RateLimited as limited:
            raise Throttled(
                wait=limited.retry_after,
                detail=gettext("Too many submissions; try again later."),
            ) from None
        except UploadRefused as refused:
            if refused.status == status.HTTP_413_REQUEST_ENTITY_TOO_LARGE:
                raise PayloadTooLarge(refused.message) from None
            raise ValidationError({"detail": refused.message}) from None
        api_url, page_url = status_urls(request, token, submission.language)
        body = SubmissionReceiptSerializer(
            {
                "reference": submission.reference,
                "status": submission.status,
                "submitted_at": submission.created_at,
                "status_url": api_url,
                "status_page": page_url,
            }
        ).data
        return Response(
            body,
            status=status.HTTP_201_CREATED,
            headers={"Location": api_url, **PRIVATE_HEADERS},
        )


class SubmissionStatusView(PublicAPIMixin, APIView):
    @extend_schema(
        operation_id="gallery_submissions_status",
        summary="The status of a submission, for the artist who holds its token",
        responses={200: SubmissionStatusSerializer, 404: PROBLEM},
    )
    def get(self, request: Request, token: str) -> Response:
        submission = Submission.objects.by_token(token).first()
        if submission is None:
            raise Http404
        return Response(
            SubmissionStatusSerializer(submission).data, headers=PRIVATE_HEADERS
        )
