"""Limits on an open-call request while Django reads it, before any image is looked at.

The request's declared size is checked before its body is read; an upload handler first in the
chain counts the files and stops a file at the byte limit as it streams in, so an oversized or
overfull request never reaches memory or disk whole. Django deletes its temporary upload files at
the end of every request, whatever happens.
"""

from typing import Any

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile, StopUpload
from django.http import HttpRequest
from django.utils.translation import gettext

from gallery.submission_forms import SubmissionForm
from gallery.submission_images import megabytes, too_large


class UploadRefused(Exception):
    """The request as a whole is refused; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class UploadGuard(FileUploadHandler):
    """Counts file parts and refuses more than ``OPEN_CALL_MAX_IMAGES``; drops a file that grows
    past ``OPEN_CALL_MAX_IMAGE_BYTES`` and remembers its field, so the form can say why."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.file_count = 0
        self.too_many_files = False
        self.oversized: set[str] = set()
        self.received = 0

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.file_count += 1
        self.received = 0
        if self.file_count > settings.OPEN_CALL_MAX_IMAGES:
            self.too_many_files = True
            raise StopUpload(connection_reset=False)

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > settings.OPEN_CALL_MAX_IMAGE_BYTES:
            self.oversized.add(self.field_name)
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handler (memory or temporary file) holds the file


def guard_request(request: HttpRequest) -> UploadGuard:
    """Refuse a request that says it is too large; put the guard in front of the upload
    handlers. Call before anything reads ``request.POST`` or ``request.FILES``."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > settings.OPEN_CALL_MAX_REQUEST_BYTES:
        raise UploadRefused(
            413,
            gettext("The submission is larger than %(limit)s MB in all.")
            % {"limit": megabytes(settings.OPEN_CALL_MAX_REQUEST_BYTES)},
        )
    guard = UploadGuard(request)
    request.upload_handlers.insert(0, guard)
    return guard


def bound_form(
    form_class: type[SubmissionForm], request: HttpRequest, guard: UploadGuard
) -> SubmissionForm:
    """``form_class`` bound to the request and validated, with the guard's findings added.
    Raises ``UploadRefused`` for a request with too many parts or files."""
    parts = sum(
        len(values)
        for data in (request.POST, request.FILES)
        for _key, values in data.lists()
    )
    if guard.too_many_files or parts > settings.OPEN_CALL_MAX_PARTS:
        raise UploadRefused(
            400,
            gettext(
                "Too many files or fields in one submission: at most %(images)s images."
            )
            % {"images": settings.OPEN_CALL_MAX_IMAGES},
        )
    form = form_class(request.POST, request.FILES)
    form.is_valid()
    for name in sorted(guard.oversized):
        if name in form.fields:
            form.errors.pop(name, None)
            form.add_error(name, too_large())
    return form
