"""``/<lang>/open-call/``: the open call's form, and ``/<lang>/open-call/status/<token>/``.

Server-rendered, no JavaScript needed. Validation is ``OpenCallForm`` (the API's form plus a
honeypot and a signed start time). A failed submission comes back with every text entry kept and
a message per field; only the files must be chosen again, which no browser lets a page refill.
After a success the browser is sent on (303) to the private status page.
"""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_info, gettext
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from gallery.models import Submission
from gallery.ratelimit import RateLimited, client_ip
from gallery.submission_forms import IMAGE_SLOTS, OpenCallForm, form_started_token
from gallery.submission_uploads import (
    UploadGuard,
    UploadRefused,
    bound_form,
    guard_request,
)
from gallery.submissions import (
    InvalidTransition,
    check_quota,
    count_attempt,
    create_submission,
    status_page_path,
    withdraw,
)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class SeeOther(HttpResponseRedirect):
    status_code = 303


def private(response: HttpResponse) -> HttpResponse:
    """Personal and per visitor: no cache keeps it, no Referer carries a token to another site.
    (Not ``no-referrer``: browsers then send ``Origin: null`` with the form, which fails CSRF.)"""
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def alternates(url_name: str, *args: str) -> list[dict[str, str]]:
    """This view in each language, for hreflang links and the language switch."""
    links = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            links.append(
                {
                    "code": code,
                    "name": get_language_info(code)["name_local"],
                    "url": reverse(url_name, args=args),
                }
            )
    return links


def image_rows(form: OpenCallForm) -> list[tuple]:
    return [(form[f"image_{n}"], form[f"alt_text_{n}"]) for n in IMAGE_SLOTS]


def render_form(
    request: HttpRequest,
    form: OpenCallForm,
    status: int = 200,
    problem: str = "",
    retry_after: int | None = None,
) -> HttpResponse:
    if form.is_bound:
        # A fresh start time for the next try; everything else as the artist typed it.
        form.data = form.data.copy()
        form.data["started"] = form_started_token()
    response = TemplateResponse(
        request,
        "gallery/open_call.html",
        {
            "page": None,
            "form": form,
            "image_rows": image_rows(form),
            "problem": problem,
            "alternates": alternates("open-call"),
            "max_images": settings.OPEN_CALL_MAX_IMAGES,
        },
        status=status,
    )
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return private(response)


def blank_form(language: str) -> OpenCallForm:
    return OpenCallForm(initial={"started": form_started_token(), "language": language})


# CSRF is checked in ``submit``, after the upload guard is in place: the CSRF middleware would
# read the body (and every file in it) first, before any limit applies (Django's documented way
# to change upload handlers in a view).
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def open_call(request: HttpRequest) -> HttpResponse:
    language = translation.get_language()
    if request.method != "POST":
        return render_form(request, blank_form(language))
    try:
        guard = guard_request(request)
        # Abuse is refused before the body is read (the CSRF check reads it).
        count_attempt(client_ip(request))
    except UploadRefused as refused:
        return render_form(
            request,
            blank_form(language),
            status=refused.status,
            problem=refused.message,
        )
    except RateLimited as limited:
        return too_many(request, blank_form(language), limited)
    return submit(request, guard, language)


def too_many(
    request: HttpRequest, form: OpenCallForm, limited: RateLimited
) -> HttpResponse:
    return render_form(
        request,
        form,
        status=429,
        problem=gettext(
            "You have sent several submissions in a short time. Please try again later."
        ),
        retry_after=limited.retry_after,
    )


@csrf_protect
def submit(request: HttpRequest, guard: UploadGuard, language: str) -> HttpResponse:
    ip = client_ip(request)
    form = blank_form(language)
    try:
        check_quota(ip)
        form = bound_form(OpenCallForm, request, guard)
        if form.errors:
            return render_form(request, form, status=400)
        submission, token = create_submission(
            form,
            ip,
            language,
            lambda token, language: request.build_absolute_uri(
                status_page_path(token, language)
            ),
        )
    except RateLimited as limited:
        # The entries come back (the images are not read), so nothing typed is lost.
        entries = {
            name: value for name, value in request.POST.items() if name in form.fields
        }
        return too_many(
            request,
            OpenCallForm(initial={**entries, "started": form_started_token()}),
            limited,
        )
    except UploadRefused as refused:
        return render_form(
            request, form, status=refused.status, problem=refused.message
        )
    return SeeOther(f"{status_page_path(token, submission.language)}?sent=1")


@require_http_methods(["GET", "HEAD", "POST"])
def submission_status(request: HttpRequest, token: str) -> HttpResponse:
    submission = Submission.objects.by_token(token).first()
    if submission is None:
        raise Http404
    problem = ""
    if request.method == "POST" and request.POST.get("action") == "withdraw":
        try:
            withdraw(submission)
        except InvalidTransition:
            problem = gettext(
                "A decision has been made; it can no longer be withdrawn."
            )
        else:
            return SeeOther(request.path)
    response = TemplateResponse(
        request,
        "gallery/open_call_status.html",
        {
            "page": None,
            "submission": submission,
            "just_sent": request.GET.get("sent") == "1",
            "problem": problem,
            "alternates": alternates("open-call-status", token),
        },
    )
    return private(response)
