"""QR codes in the admin: the codes themselves (admins only), the scan report (staff) and the label
sheets of an exhibition (whoever may edit it). Registered in ``gallery.wagtail_hooks``."""

import io
from collections.abc import Iterator
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from gallery.models import ExhibitionPage, QRCode
from gallery.permissions import ModelPolicyWithout
from gallery.qr_labels import write_labels_pdf
from gallery.qr_report import PERIODS, bars, build_report, write_csv

# -- The codes -------------------------------------------------------------------------------


# Codes are edited by admins only (superusers, or a group given the model permissions), and
# deleted by no one: a printed code must never be given to something else.
register_permission_policy(QRCode, ModelPolicyWithout(QRCode, "delete"))


class QRCodeForm(WagtailAdminModelForm):
    """A code can be chosen when it is made, never changed afterwards."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["code"].disabled = True


class QRCodeIndexView(IndexView):
    def get_base_queryset(self) -> Any:
        return (
            super()
            .get_base_queryset()
            .select_related("artwork", "spot")
            .annotate(
                scans=Sum("scan_counts__count", filter=Q(scan_counts__is_bot=False))
            )
        )


class QRCodeViewSet(ModelViewSet):
    model = QRCode
    icon = "link"
    menu_label = _("QR codes")
    add_to_settings_menu = True
    index_view_class = QRCodeIndexView
    copy_view_enabled = False
    list_filter = ["is_retired"]
    search_fields = ["code"]
    search_backend_name = None
    list_display = [
        Column("code", label=_("code"), sort_key="code"),
        Column("target", label=_("leads to")),
        BooleanColumn("is_retired", label=_("retired")),
        Column("scans", label=_("scans"), sort_key="scans"),
        DateColumn("created_at", label=_("created at"), sort_key="created_at"),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            FieldPanel("artwork"),
            FieldPanel("spot"),
            FieldPanel("is_retired"),
        ],
        base_form_class=QRCodeForm,
    )


qr_code_viewset = QRCodeViewSet("qr_codes", url_prefix="gallery/qr-codes")

# -- The scan report -------------------------------------------------------------------------


class ScanReportView(WagtailAdminTemplateMixin, TemplateView):
    """Scans per exhibition, spot and artwork as bar charts over a period; ``?format=csv``
    downloads the numbers."""

    template_name = "gallery/admin/qr_scan_report.html"
    page_title = _("QR code scans")
    header_icon = "link"
    chart_width, chart_height = 720, 120
    spark_width, spark_height = 180, 28

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.days = days_from(request)
        self.report = build_report(self.days)
        if request.GET.get("format") == "csv":
            out = io.StringIO()
            write_csv(self.report, out)
            response = HttpResponse(
                out.getvalue(), content_type="text/csv; charset=utf-8"
            )
            response["Content-Disposition"] = (
                f'attachment; filename="qr-scans-{self.report.start}-{self.report.end}.csv"'
            )
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        report = self.report
        sections = []
        for kind, title in (
            ("exhibition", _("Per exhibition")),
            ("spot", _("Per spot")),
            ("artwork", _("Per artwork")),
        ):
            rows = [
                {
                    "series": series,
                    "bars": bars(series.buckets, self.spark_width, self.spark_height),
                }
                for series in report.groups[kind]
            ]
            sections.append({"kind": kind, "title": title, "rows": rows})
        context.update(
            report=report,
            days=self.days,
            periods=PERIODS,
            total_bars=bars(report.total.buckets, self.chart_width, self.chart_height),
            chart_width=self.chart_width,
            chart_height=self.chart_height,
            spark_width=self.spark_width,
            spark_height=self.spark_height,
            sections=sections,
            csv_url=f"?days={self.days}&format=csv",
        )
        return context


def days_from(request: HttpRequest) -> int:
    try:
        days = int(request.GET.get("days", PERIODS[0]))
    except ValueError:
        days = PERIODS[0]
    return days if days in PERIODS else PERIODS[0]


# -- Label sheets ------------------------------------------------------------------------------


def labels_view(request: HttpRequest, exhibition_id: int) -> FileResponse:
    """The label PDF of an exhibition, for whoever may edit it."""
    exhibition = get_object_or_404(ExhibitionPage, pk=exhibition_id)
    if not exhibition.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    out = io.BytesIO()
    write_labels_pdf(exhibition, out)
    out.seek(0)
    return FileResponse(
        out,
        as_attachment=True,
        filename=f"qr-labels-{slugify(exhibition.slug)}.pdf",
        content_type="application/pdf",
    )


def labels_url(page: Page) -> str:
    return reverse("gallery_qr_labels", args=[page.pk])


def label_buttons(
    page: Page, user: AbstractBaseUser, **kwargs: Any
) -> Iterator[Button]:
    """ "Print QR labels" in an exhibition's "more" menu, in listings and in its header."""
    page_class = page.specific_class
    if (
        page_class is not None
        and issubclass(page_class, ExhibitionPage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            _("Print QR labels"),
            url=labels_url(page),
            icon_name="doc-full",
            priority=90,
            attrs={"download": ""},
        )


def page_header_label_buttons(
    page: Page, user: AbstractBaseUser, view_name: str, next_url: str | None = None
) -> Iterator[Button]:
    yield from label_buttons(page, user)


def page_listing_label_buttons(
    page: Page, user: AbstractBaseUser, next_url: str | None = None
) -> Iterator[Button]:
    yield from label_buttons(page, user)


# -- Registration (see gallery.wagtail_hooks) ------------------------------------------------


class ScanReportMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm("wagtailadmin.access_admin")


def scan_report_menu_item() -> MenuItem:
    return ScanReportMenuItem(
        _("QR code scans"),
        reverse("gallery_qr_scan_report"),
        name="qr-scans",
        icon_name="link",
        order=1100,
    )


def admin_urls() -> list:
    return [
        path(
            "gallery/qr-scans/",
            ScanReportView.as_view(),
            name="gallery_qr_scan_report",
        ),
        path(
            "gallery/qr-labels/<int:exhibition_id>/",
            labels_view,
            name="gallery_qr_labels",
        ),
    ]
