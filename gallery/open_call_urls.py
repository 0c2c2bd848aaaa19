"""``/<lang>/open-call/``: included in the language-prefixed URLs (``cms.urls``)."""

from django.urls import path

from gallery import open_call

urlpatterns = [
    path("", open_call.open_call, name="open-call"),
    path("status/<str:token>/", open_call.submission_status, name="open-call-status"),
]
