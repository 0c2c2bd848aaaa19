"""The Urban Gallery in the admin: one "Urban Gallery" menu with flat listings of exhibitions,
artworks and artists (wherever they sit in the tree, in every language) and the spots snippet.

Listings run a fixed number of queries however many rows they show: what a column needs is
annotated on the queryset (a correlated subquery) or prefetched, never looked up per row.
"""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import Panel
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    LocaleColumn,
    StatusTagColumn,
)
from wagtail.admin.ui.tables.pages import (
    BulkActionsColumn,
    PageStatusColumn,
    PageTitleColumn,
)
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Revision
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from gallery.choices import ArtworkTheme
from gallery.models import (
    ArtistPage,
    ArtworkArtist,
    ArtworkPage,
    ExhibitionPage,
    ExhibitionPlacement,
    Spot,
)
from gallery.models.exhibitions import effective_dates_annotation

# -- Spots ---------------------------------------------------------------------------------------


def on_show_now(queryset: models.QuerySet) -> models.QuerySet:
    """Annotate each spot with the work on show there today (``on_show_id``, ``on_show_title``,
    ``on_show_exhibition``): a placement of a live exhibition in the spot's language whose dates
    cover today, newest first, with the artwork's title in that language where it exists.

    Placements point at one language's rows (see ``gallery.queries``), hence the matching by
    ``translation_key``; three correlated subqueries instead of a lookup per row."""
    today, now = timezone.localdate(), timezone.now()
    placements = (
        ExhibitionPlacement.objects.filter(
            spot__translation_key=OuterRef("translation_key"),
            exhibition__locale_id=OuterRef("locale_id"),
            exhibition__live=True,
            artwork__live=True,
        )
        # Past its expiry an exhibition is off the street even before the scheduler runs.
        .exclude(exhibition__expire_at__lte=now)
        .annotate(**effective_dates_annotation())
        .filter(shown_from__lte=today, shown_until__gte=today)
        .order_by("-shown_from", "pk")
    )
    artwork_in_language = ArtworkPage.objects.filter(
        translation_key=OuterRef("artwork__translation_key"),
        locale_id=OuterRef("exhibition__locale_id"),
    )
    placements = placements.annotate(
        artwork_in_language_id=Coalesce(
            Subquery(artwork_in_language.values("pk")[:1]),
            "artwork_id",
            output_field=models.IntegerField(),
        ),
        artwork_in_language_title=Coalesce(
            Subquery(artwork_in_language.values("title")[:1]), "artwork__title"
        ),
    )
    return queryset.annotate(
        on_show_id=Subquery(placements.values("artwork_in_language_id")[:1]),
        on_show_title=Subquery(placements.values("artwork_in_language_title")[:1]),
        on_show_exhibition=Subquery(placements.values("exhibition__title")[:1]),
    )


def on_show_html(spot: Spot) -> SafeString | str:
    """The work on show at an annotated spot, linked to its edit view."""
    if not getattr(spot, "on_show_id", None):
        return ""
    return format_html(
        '<a href="{}">{}</a><br><small>{}</small>',
        reverse("wagtailadmin_pages:edit", args=[spot.on_show_id]),
        spot.on_show_title,
        spot.on_show_exhibition,
    )


def map_link_html(spot: Spot) -> SafeString:
    return format_html(
        '<a href="{}" target="_blank" rel="noopener noreferrer">{}</a>',
        spot.map_url,
        _("OpenStreetMap"),
    )


def with_schedule(queryset: models.QuerySet) -> models.QuerySet:
    """Annotate ``is_scheduled``: whether a spot has a revision approved to go live later.
    ``DraftStateMixin.status_string`` would ask the database once per row."""
    scheduled = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Spot),
        object_id=Cast(OuterRef("pk"), models.CharField()),
        approved_go_live_at__isnull=False,
    )
    return queryset.annotate(is_scheduled=Exists(scheduled))


def spot_status(spot: Spot) -> str:
    """The status tag Wagtail shows for drafts and revisions, from the annotations."""
    if not spot.live:
        if spot.expired:
            return _("expired")
        return _("scheduled") if spot.is_scheduled else _("draft")
    if spot.is_scheduled:
        return _("live + scheduled")
    return _("live + draft") if spot.has_unpublished_changes else _("live")


class SpotWhereaboutsPanel(Panel):
    """Where a spot is on a small map and what hangs there now, so that a curator sees both while
    editing; nothing to fill in."""

    class BoundPanel(Panel.BoundPanel):
        def render_html(self, parent_context: Any = None) -> SafeString:
            spot = self.instance
            if spot.pk is None or spot.latitude is None or spot.longitude is None:
                return format_html(
                    "<p>{}</p>",
                    _("Save the spot to see it on the map and what is on show there."),
                )
            annotated = on_show_now(Spot.objects.filter(pk=spot.pk)).first()
            showing = on_show_html(annotated) if annotated else ""
            latitude, longitude = float(spot.latitude), float(spot.longitude)
            # A bounding box of roughly 400 × 300 m around the spot.
            bbox = f"{longitude - 0.003},{latitude - 0.0014},{longitude + 0.003},{latitude + 0.0014}"
            return format_html(
                '<p><strong>{}</strong> {}</p><p>{}</p><iframe title="{}" src="{}" width="100%" '
                'height="240" loading="lazy" style="border:0"></iframe>',
                _("On show now:"),
                showing or _("nothing"),
                map_link_html(spot),
                _("Map of %(spot)s") % {"spot": spot},
                "https://www.openstreetmap.org/export/embed.html?"
                f"bbox={bbox}&layer=mapnik&marker={latitude},{longitude}",
            )


class SpotViewSet(SnippetViewSet):
    model = Spot
    icon = "pick"
    menu_label = _("Spots")
    # The spots have their own item in the Urban Gallery menu: keep them off the Snippets page.
    menu_item_is_registered = True
    list_display = [
        "name",
        "address",
        "kind",
        Column(
            "on_show_now",
            label=_("On show now"),
            accessor=on_show_html,
            sort_key="on_show_title",
        ),
        Column("map", label=_("Map"), accessor=map_link_html),
        LocaleColumn(),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor=spot_status,
            primary=lambda spot: spot.live,
            sort_key="live",
        ),
    ]
    list_filter = ["kind", "active", "live"]
    search_fields = ["name", "address"]
    ordering = ["name"]
    panels = [
        SpotWhereaboutsPanel(heading=_("On the map and on show")),
        *Spot.panels,
    ]

    def get_queryset(self, request: Any) -> models.QuerySet:
        return with_schedule(on_show_now(Spot.objects.all()))


# -- Pages ---------------------------------------------------------------------------------------


def page_columns(*extra: Column) -> list[Column]:
    """Wagtail's title column (with its action buttons), the type's own columns, then language,
    last update and live status."""
    return [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title"),
        *extra,
        LocaleColumn(sort_key="locale"),
        DateColumn(
            "latest_revision_created_at",
            label=_("Updated"),
            sort_key="latest_revision_created_at",
            width="12%",
        ),
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="12%"),
    ]


class LiveFilterSet(WagtailFilterSet):
    """Published or draft; the language filter is added by Wagtail for translatable models."""

    live = django_filters.BooleanFilter(
        label=_("Published"),
        widget=django_filters.widgets.BooleanWidget(),
    )


class ArtworkFilterSet(LiveFilterSet):
    theme = django_filters.ChoiceFilter(
        label=_("Theme"),
        choices=ArtworkTheme.choices,
        empty_label=_("All"),
        method="filter_theme",
    )

    class Meta:
        model = ArtworkPage
        fields = ["status", "year"]

    def filter_theme(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        # Themes are a JSON list of plain slugs; matching the quoted slug in its text works on
        # SQLite and PostgreSQL alike (JSON ``contains`` does not exist on SQLite).
        return queryset.filter(themes__icontains=f'"{value}"')


class ArtworkIndexView(PageIndexView):
    def annotate_queryset(self, pages: models.QuerySet) -> models.QuerySet:
        return (
            super()
            .annotate_queryset(pages)
            .prefetch_related("artist_links__artist", for_specific_subqueries=True)
        )


def artist_names(artwork: ArtworkPage) -> str:
    return ", ".join(link.artist.title for link in artwork.artist_links.all())


class ArtworkPageListingViewSet(PageListingViewSet):
    model = ArtworkPage
    name = "gallery_artworks"
    icon = "image"
    menu_label = _("Artworks")
    index_view_class = ArtworkIndexView
    columns = page_columns(
        Column("artists", label=_("Artists"), accessor=artist_names),
        Column("year", label=_("Year"), sort_key="year", width="8%"),
        Column("get_status_display", label=_("Collection status"), sort_key="status"),
    )
    filterset_class = ArtworkFilterSet
    ordering = "-latest_revision_created_at"


class ArtistIndexView(PageIndexView):
    def annotate_queryset(self, pages: models.QuerySet) -> models.QuerySet:
        # Artist links point at one language's artist; count the works in the artist's language.
        works = (
            ArtworkArtist.objects.filter(
                artist__translation_key=OuterRef("translation_key"),
                artwork__locale_id=OuterRef("locale_id"),
            )
            .order_by()
            .values("artist__translation_key")
            .annotate(count=Count("artwork_id", distinct=True))
            .values("count")
        )
        return (
            super()
            .annotate_queryset(pages)
            .annotate(artwork_count=Coalesce(Subquery(works[:1]), 0))
        )


class ArtistFilterSet(LiveFilterSet):
    class Meta:
        model = ArtistPage
        fields: list[str] = []


class ArtistPageListingViewSet(PageListingViewSet):
    model = ArtistPage
    name = "gallery_artists"
    icon = "user"
    menu_label = _("Artists")
    index_view_class = ArtistIndexView
    columns = page_columns(
        Column("discipline", label=_("Discipline"), sort_key="discipline"),
        Column("artwork_count", label=_("Artworks"), sort_key="artwork_count"),
    )
    filterset_class = ArtistFilterSet
    ordering = "title"


class ExhibitionIndexView(PageIndexView):
    def annotate_queryset(self, pages: models.QuerySet) -> models.QuerySet:
        placements = (
            ExhibitionPlacement.objects.filter(exhibition_id=OuterRef("pk"))
            .order_by()
            .values("exhibition_id")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return (
            super()
            .annotate_queryset(pages)
            .annotate(placement_count=Coalesce(Subquery(placements[:1]), 0))
        )


class ExhibitionFilterSet(LiveFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=[
            ("current", _("Open now")),
            ("upcoming", _("Upcoming")),
            ("past", _("Past")),
        ],
        empty_label=_("All"),
        method="filter_period",
    )

    class Meta:
        model = ExhibitionPage
        fields: list[str] = []

    def filter_period(
        self, queryset: models.QuerySet, name: str, value: str
    ) -> models.QuerySet:
        today = timezone.localdate()
        if value == "current":
            return queryset.filter(start_date__lte=today, end_date__gte=today)
        if value == "upcoming":
            return queryset.filter(start_date__gt=today)
        if value == "past":
            return queryset.filter(end_date__lt=today)
        return queryset


class ExhibitionPageListingViewSet(PageListingViewSet):
    model = ExhibitionPage
    name = "gallery_exhibitions"
    icon = "calendar"
    menu_label = _("Exhibitions")
    index_view_class = ExhibitionIndexView
    columns = page_columns(
        Column("start_date", label=_("Opens on"), sort_key="start_date"),
        Column("end_date", label=_("Closes on"), sort_key="end_date"),
        Column("placement_count", label=_("Placements"), sort_key="placement_count"),
    )
    filterset_class = ExhibitionFilterSet
    ordering = "-start_date"


class UrbanGalleryViewSetGroup(ViewSetGroup):
    """Everything a curator works on, in the order of composing an exhibition."""

    menu_label = _("Urban Gallery")
    menu_icon = "image"
    menu_order = 250
    # Other gallery modules (the open call's moderation) add their items through this hook.
    submenu_hook = "register_urban_gallery_menu_item"
    items = (
        ExhibitionPageListingViewSet,
        ArtworkPageListingViewSet,
        ArtistPageListingViewSet,
        SpotViewSet,
    )
