"""The open call in the admin: a listing of the submissions, a detail page with their images, and
the review steps (start review, accept, decline). Registered in ``gallery.wagtail_hooks``.

Submissions come from artists only: nobody adds one here, and staff edit nothing but their own
notes. The images stay in quarantine storage, which has no URL; ``image_view`` streams them to
staff with headers that keep them out of every cache and stop a browser from running anything in
them.
"""

from typing import Any

from django import forms
from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaksbr
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.http import require_safe

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry, register_permission_policy

from gallery.choices import SubmissionStatus
from gallery.models import Submission, SubmissionImage
from gallery.models.submissions import OPEN_STATUSES
from gallery.permissions import ModelPolicyWithout
from gallery.submission_accept import AcceptError, accept_submission
from gallery.submissions import InvalidTransition, decide, start_review

# The menu of the Urban Gallery group (``gallery.viewsets.UrbanGalleryViewSetGroup``).
URBAN_GALLERY_MENU_HOOK = "register_urban_gallery_menu_item"
# Whoever may read a submission sees its images; changing implies reading, as in Django's admin.
READ_ACTIONS = ["view", "change"]


# Nobody adds a submission in the admin, not even a superuser: they come from artists.
register_permission_policy(Submission, ModelPolicyWithout(Submission, "add"))


# -- The listing ---------------------------------------------------------------------------------


class SubmissionFilterSet(WagtailFilterSet):
    class Meta:
        model = Submission
        fields = ["status"]


class SubmissionIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet:
        return super().get_base_queryset().annotate(image_count=Count("images"))

    def get_edit_url(self, instance: Submission) -> str | None:
        # A submission is read and decided on its detail page (its notes are edited there too),
        # so the reference links there rather than to the bare notes form.
        return None


# -- The detail page -----------------------------------------------------------------------------


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the artist"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the artist by e-mail with the decision."),
    )


SECTIONS = (
    (
        _("Decision"),
        ["status", "decided_at", "decided_by", "decision_reason", "artwork", "artist"],
    ),
    (
        _("The work"),
        ["title", "year", "medium", "dimensions", "description_nl", "description_en"],
    ),
    (_("The artist"), ["artist_name", "email", "website", "language", "statement"]),
    (_("Consent"), ["created_at", "licence_consent_at", "privacy_consent_at"]),
)


def page_link(page: Any) -> SafeString | str:
    if page is None:
        return "—"
    label = page.title if page.live else _("%(title)s (draft)") % {"title": page.title}
    return format_html(
        '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page.pk]), label
    )


class SubmissionInspectView(InspectView):
    template_name = "gallery/admin/submission_inspect.html"
    any_permission_required = READ_ACTIONS
    # The viewset's form: the staff notes, saved through the edit view.
    notes_form_class = None
    image_url_name = None
    start_review_url_name = None
    accept_url_name = None
    decline_url_name = None

    def get_object(self, queryset: QuerySet | None = None) -> Submission:
        return get_object_or_404(
            Submission.objects.select_related(
                "decided_by", "artwork", "artist"
            ).prefetch_related("images"),
            pk=self.pk,
        )

    def get_edit_url(self) -> str | None:
        # The notes form is on this page: no "Edit" button to the same field on another one.
        return None

    def get_field_display_value(self, field_name: str, field: Any) -> Any:
        value = super().get_field_display_value(field_name, field)
        return "—" if value in (None, "") else value

    def get_email_display_value(self) -> SafeString:
        return format_html('<a href="mailto:{0}">{0}</a>', self.object.email)

    def get_website_display_value(self) -> SafeString | str:
        if not self.object.website:
            return ""
        return format_html(
            '<a href="{0}" target="_blank" rel="noopener noreferrer">{0}</a>',
            self.object.website,
        )

    def get_statement_display_value(self) -> str:
        return linebreaksbr(self.object.statement)

    def get_description_nl_display_value(self) -> str:
        return linebreaksbr(self.object.description_nl)

    def get_description_en_display_value(self) -> str:
        return linebreaksbr(self.object.description_en)

    def get_decision_reason_display_value(self) -> str:
        return linebreaksbr(self.object.decision_reason)

    def get_decided_by_display_value(self) -> str:
        return get_user_display_name(self.object.decided_by)

    def get_artwork_display_value(self) -> SafeString | str:
        return page_link(self.object.artwork)

    def get_artist_display_value(self) -> SafeString | str:
        return page_link(self.object.artist)

    def get_fields_context(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """The fields in sections, as an editor reads them: decision, work, artist, consent."""
        return [
            (heading, [self.get_context_for_field(name) for name in names])
            for heading, names in SECTIONS
        ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        submission = self.object
        can_change = self.user_has_permission("change")
        context.update(
            images=[
                (image, reverse(self.image_url_name, args=[image.pk]))
                for image in submission.images.all()
            ],
            can_start_review=can_change
            and submission.status == SubmissionStatus.RECEIVED,
            can_decide=can_change and submission.status in OPEN_STATUSES,
            can_edit_notes=can_change,
            start_review_url=reverse(self.start_review_url_name, args=[submission.pk]),
            accept_url=reverse(self.accept_url_name, args=[submission.pk]),
            decline_url=reverse(self.decline_url_name, args=[submission.pk]),
            notes_url=reverse(self.edit_url_name, args=[submission.pk]),
            decline_form=DeclineForm(),
            notes_form=self.notes_form_class(instance=submission),
        )
        return context


class SubmissionEditView(EditView):
    """Staff notes only (the viewset's form has no other field); saved from the detail page."""

    def get_success_url(self) -> str:
        return self.get_inspect_url()

    def get_success_message(self) -> str:
        return _("Staff notes saved.")

    def get_success_buttons(self) -> list:
        # Back on the detail page, which has the notes form: no "Edit" button to another one.
        return []


# -- The images ----------------------------------------------------------------------------------


@require_safe
def image_view(request: HttpRequest, pk: int) -> HttpResponse:
    """A submitted image, for staff who may read submissions; anonymous visitors are sent to the
    login by the admin's URL decorator before this runs."""
    policy = policy_registry.get_by_type(Submission)
    if not policy.user_has_any_permission(request.user, READ_ACTIONS):
        # A bare 403 rather than Wagtail's redirect to the dashboard: this answers an <img>.
        return HttpResponseForbidden()
    image = get_object_or_404(
        SubmissionImage.objects.select_related("submission"), pk=pk
    )
    extension = image.file.name.rsplit(".", 1)[-1]
    response = FileResponse(
        image.file.open("rb"),
        content_type=image.content_type,
        filename=f"{image.submission.reference}-{image.sort_order + 1}.{extension}",
    )
    # Unchecked bytes: not kept in any cache, never sniffed into another type, and nothing in
    # them may load or run. With a file name and no ``as_attachment`` they are shown ("inline").
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


# -- The review steps ----------------------------------------------------------------------------


class SubmissionActionView(PermissionCheckedMixin, View):
    """One review step: POST only, for whoever may change submissions, then back to the detail
    page (or where ``act`` says) with a message."""

    model = Submission
    permission_required = "change"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        back = reverse(self.inspect_url_name, args=[pk])
        try:
            with transaction.atomic():
                # Locked, so that two curators deciding at once cannot both succeed.
                submission = get_object_or_404(
                    Submission.objects.select_for_update(), pk=pk
                )
                target = self.act(request, submission)
        except InvalidTransition as error:
            messages.error(
                request,
                _(
                    "Nothing was changed: this submission’s status is already “%(status)s”."
                )
                % {"status": SubmissionStatus(error.args[0]).label},
            )
        except AcceptError as error:
            messages.error(request, str(error))
        else:
            return redirect(target or back)
        return redirect(back)

    def act(self, request: HttpRequest, submission: Submission) -> str | None:
        """Take the step and say so; the URL to go to next (``None``: the detail page)."""
        raise NotImplementedError


class StartReviewView(SubmissionActionView):
    def act(self, request: HttpRequest, submission: Submission) -> None:
        start_review(submission)
        messages.success(
            request,
            _("Review started: the artist's status page now says “In review”."),
        )


class AcceptView(SubmissionActionView):
    def act(self, request: HttpRequest, submission: Submission) -> str:
        artwork = accept_submission(submission, request.user)
        messages.success(
            request,
            _(
                "Accepted: “%(title)s” is now a draft artwork with the submitted images. Check "
                "it, translate it and publish it when it is ready; the artist has been told."
            )
            % {"title": artwork.title},
        )
        return reverse("wagtailadmin_pages:edit", args=[artwork.pk])


class DeclineView(SubmissionActionView):
    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        self.form = DeclineForm(request.POST)
        if not self.form.is_valid():
            messages.error(
                request,
                _("Give a reason to decline: the artist receives it by e-mail."),
            )
            return redirect(self.inspect_url_name, pk)
        return super().post(request, pk)

    def act(self, request: HttpRequest, submission: Submission) -> None:
        decide(
            submission,
            SubmissionStatus.DECLINED,
            request.user,
            self.form.cleaned_data["reason"],
        )
        messages.success(
            request, _("Declined: the artist has been sent the reason by e-mail.")
        )


# -- The viewset ---------------------------------------------------------------------------------


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "mail"
    menu_label = _("Open call")
    menu_hook = URBAN_GALLERY_MENU_HOOK
    # After the group's own listings (numbered 1, 2, … by their place in its ``items``).
    menu_order = 10
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    edit_view_class = SubmissionEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["staff_notes"]
    list_display = [
        "reference",
        "title",
        "artist_name",
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            sort_key="status",
            primary=lambda submission: submission.is_open,
        ),
        DateColumn("created_at", label=_("Submitted"), sort_key="created_at"),
        Column("image_count", label=_("Images"), sort_key="image_count"),
    ]
    filterset_class = SubmissionFilterSet
    search_fields = ["reference", "title", "artist_name"]
    ordering = "-created_at"

    def get_common_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_common_view_kwargs(
            image_url_name=self.get_url_name("image"),
            start_review_url_name=self.get_url_name("start_review"),
            accept_url_name=self.get_url_name("accept"),
            decline_url_name=self.get_url_name("decline"),
            **kwargs,
        )

    def get_inspect_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_inspect_view_kwargs(
            notes_form_class=self.get_form_class(for_update=True), **kwargs
        )

    def get_permissions_to_register(self) -> QuerySet:
        return super().get_permissions_to_register().exclude(codename="add_submission")

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path("image/<int:pk>/", image_view, name="image"),
            path(
                "start-review/<int:pk>/",
                self.construct_view(StartReviewView),
                name="start_review",
            ),
            path("accept/<int:pk>/", self.construct_view(AcceptView), name="accept"),
            path("decline/<int:pk>/", self.construct_view(DeclineView), name="decline"),
        ]


submission_viewset = SubmissionViewSet(
    "gallery_submissions", url_prefix="gallery/submissions"
)
