"""The gallery API: artworks, artists, exhibitions and spots (list + detail) and the map.

Anonymous and read-only. Every view resolves the language once, loads a page of results with the
batch loaders in ``api.gallery.prepare`` and answers through ``PublicCacheMixin`` (ETag, 304,
server-side cache).
"""

from typing import Any

from django.db import models
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import ngettext

from wagtail.documents import get_document_model

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.gallery import filters, prepare, serializers
from api.gallery.caching import PublicCacheMixin
from api.gallery.language import LANGUAGE_CODES, requested_locale
from api.gallery.pagination import GalleryPagination
from api.parameters import InvalidNumber, object_id
from api.public import PublicAPIMixin
from cms.images import image_api_representation
from cms.visibility import visible_files
from gallery import jsonld
from gallery.models import ArtistPage, ArtworkPage, ExhibitionPage, Spot
from gallery.models.qr_codes import active_code
from gallery.queries import (
    artwork_showings,
    exhibition_showings,
    images_with_renditions,
    in_language,
    visible_pages,
    visible_spots,
)

LOCALE_PARAMETER = OpenApiParameter(
    "locale",
    str,
    enum=LANGUAGE_CODES,
    description="Language of the answer; default: Accept-Language, else nl. Objects missing in "
    "it come in Dutch with is_fallback: true.",
    examples=[OpenApiExample("English", value="en")],
)
NEAR_PARAMETER = OpenApiParameter(
    "near",
    str,
    description="latitude,longitude (WGS84): only what is on show, nearest first, with "
    "distance_m in metres.",
    examples=[OpenApiExample("Hilversum station", value="52.226059,5.181606")],
)
BBOX_PARAMETER = OpenApiParameter(
    "bbox",
    str,
    description="west,south,east,north (WGS84, as in RFC 7946): only what lies inside.",
    examples=[OpenApiExample("Hilversum centre", value="5.16,52.21,5.20,52.24")],
)
FIELDS_PARAMETER = OpenApiParameter(
    "fields",
    str,
    # Its example names fields of each endpoint's own response: api.schema_answers.
    description="Comma-separated names of the fields to return.",
)


class GalleryViewSet(PublicCacheMixin, PublicAPIMixin, viewsets.ReadOnlyModelViewSet):
    """Shared behaviour: language, visibility, batch loading, ``fields=``, the data licence."""

    pagination_class = GalleryPagination
    filter_backends = [DjangoFilterBackend]
    lookup_value_regex = r"[0-9]+"
    detail_serializer_class: type | None = None

    def visible(self) -> models.QuerySet:
        """Every object a passer-by may see, in any language."""
        return visible_pages(self.queryset.model.objects.all())

    def with_related(self, queryset: models.QuerySet) -> models.QuerySet:
        return queryset.select_related("locale")

    def get_queryset(self) -> models.QuerySet:
        self.locale = requested_locale(self.request)
        return self.with_related(in_language(self.visible(), self.locale))

    def get_object(self) -> Any:
        """The object with this id; with ``?locale=``, its translation there (or, when there is
        none, the object itself marked ``is_fallback``)."""
        queryset = self.with_related(self.visible())
        try:
            pk = object_id(self.kwargs["pk"], queryset.model)
        except InvalidNumber as error:
            raise NotFound(str(error)) from error
        found = get_object_or_404(queryset, pk=pk)
        found.is_fallback = False
        if "locale" in self.request.GET:
            self.locale = requested_locale(self.request)
            if found.locale_id != self.locale.pk:
                translation = queryset.filter(
                    translation_key=found.translation_key, locale=self.locale
                ).first()
                if translation is None:
                    found.is_fallback = True
                else:
                    found, found.is_fallback = translation, False
        self.locale = found.locale if found.is_fallback is False else self.locale
        return found

    def get_serializer_class(self) -> type:
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class

    def prepare(self, objects: list[Any]) -> list[Any]:
        return objects

    def prepare_detail(self, found: Any) -> None:
        """Extras of a detail response (showings, JSON-LD)."""

    def paginate_queryset(self, queryset: models.QuerySet) -> list[Any] | None:
        page = super().paginate_queryset(queryset)
        return self.prepare(list(page)) if page is not None else None

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        names = wanted_fields(request, self.get_serializer_class())
        response = super().list(request, *args, **kwargs)
        response.data["results"] = [
            select_fields(item, names) for item in response.data["results"]
        ]
        response.data["license"] = serializers.data_license()
        return response

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        names = wanted_fields(request, self.get_serializer_class())
        found = self.get_object()
        self.prepare([found])
        self.prepare_detail(found)
        data = self.get_serializer(found).data
        data["license"] = serializers.data_license()
        return Response(select_fields(data, names))


def wanted_fields(request: Request, serializer_class: type) -> list[str] | None:
    """The names in ``?fields=``; an unknown name is a 400 that lists the known ones."""
    wanted = request.query_params.get("fields")
    if not wanted:
        return None
    known = [*serializer_class().fields, "license"]
    names = [name.strip() for name in wanted.split(",") if name.strip()]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValidationError(
            {
                "fields": [
                    ngettext(
                        "Unknown field: %(unknown)s. Known fields: %(known)s.",
                        "Unknown fields: %(unknown)s. Known fields: %(known)s.",
                        len(unknown),
                    )
                    % {"unknown": ", ".join(unknown[:10]), "known": ", ".join(known)}
                ]
            }
        )
    return names


def select_fields(data: dict[str, Any], names: list[str] | None) -> dict[str, Any]:
    if names is None:
        return data
    return {name: data[name] for name in names if name in data}


@extend_schema_view(
    list=extend_schema(
        parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER, NEAR_PARAMETER, BBOX_PARAMETER]
    ),
    retrieve=extend_schema(parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER]),
)
class ArtworkViewSet(GalleryViewSet):
    """Artworks of the Urban Gallery, with where each is on show today."""

    queryset = ArtworkPage.objects.none()
    serializer_class = serializers.ArtworkCardSerializer
    detail_serializer_class = serializers.ArtworkDetailSerializer
    filterset_class = filters.ArtworkFilterSet

    def with_related(self, queryset: models.QuerySet) -> models.QuerySet:
        return (
            queryset.select_related("locale")
            .prefetch_related(
                images_with_renditions(),
                "artist_links",
                # A document in a restricted collection is no audio description.
                Prefetch(
                    "audio_description",
                    queryset=visible_files(get_document_model().objects.all()),
                ),
            )
            .annotate(qr_code=active_code("artwork"))
            .order_by("title", "pk")
        )

    def prepare(self, objects: list[Any]) -> list[Any]:
        return prepare.prepare_artworks(objects, self.locale)

    def prepare_detail(self, found: ArtworkPage) -> None:
        found.showings = artwork_showings(found)
        prepare.link_showings(found.showings)
        found.json_ld = artwork_json_ld(found)


@extend_schema_view(
    list=extend_schema(parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER]),
    retrieve=extend_schema(parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER]),
)
class ArtistViewSet(GalleryViewSet):
    """The artists of the Urban Gallery: public profiles, never contact details."""

    queryset = ArtistPage.objects.none()
    serializer_class = serializers.ArtistSerializer
    detail_serializer_class = serializers.ArtistDetailSerializer
    filterset_class = filters.ArtistFilterSet

    def with_related(self, queryset: models.QuerySet) -> models.QuerySet:
        return (
            queryset.select_related("locale")
            .prefetch_related(prepare.image_with_renditions())
            .order_by("title", "pk")
        )

    def prepare(self, objects: list[Any]) -> list[Any]:
        return prepare.prepare_artists(objects)

    def prepare_detail(self, found: ArtistPage) -> None:
        artworks = (
            in_language(visible_pages(ArtworkPage.objects.all()), found.locale)
            .filter(artist_links__artist__translation_key=found.translation_key)
            .distinct()
            .select_related("locale")
            .prefetch_related(images_with_renditions(), "artist_links")
            .annotate(qr_code=active_code("artwork"))
            .order_by("-year", "title")
        )
        found.artworks_for_api = prepare.prepare_artworks(artworks, found.locale)
        found.json_ld = jsonld.document(jsonld.person(found, found.html_url))


@extend_schema_view(
    list=extend_schema(parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER]),
    retrieve=extend_schema(parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER]),
)
class ExhibitionViewSet(GalleryViewSet):
    """Exhibitions with their placements: which work at which spot, when."""

    queryset = ExhibitionPage.objects.none()
    serializer_class = serializers.ExhibitionSerializer
    detail_serializer_class = serializers.ExhibitionDetailSerializer
    filterset_class = filters.ExhibitionFilterSet

    def with_related(self, queryset: models.QuerySet) -> models.QuerySet:
        return (
            queryset.select_related("locale")
            .prefetch_related(prepare.image_with_renditions())
            .order_by("start_date", "pk")
        )

    def prepare(self, objects: list[Any]) -> list[Any]:
        return prepare.prepare_exhibitions(objects)

    def prepare_detail(self, found: ExhibitionPage) -> None:
        found.placements_for_api = exhibition_showings(found)
        prepare.link_showings(found.placements_for_api)
        found.json_ld = exhibition_json_ld(found)


@extend_schema_view(
    list=extend_schema(
        parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER, NEAR_PARAMETER, BBOX_PARAMETER]
    ),
    retrieve=extend_schema(parameters=[LOCALE_PARAMETER, FIELDS_PARAMETER]),
)
class SpotViewSet(GalleryViewSet):
    """Spots in Hilversum's public space, with what is on show at each today."""

    queryset = Spot.objects.none()
    serializer_class = serializers.SpotSerializer
    filterset_class = filters.SpotFilterSet

    def visible(self) -> models.QuerySet:
        return visible_spots()

    def with_related(self, queryset: models.QuerySet) -> models.QuerySet:
        return (
            queryset.select_related("locale")
            .annotate(qr_code=active_code("spot"))
            .order_by("name", "pk")
        )

    def prepare(self, objects: list[Any]) -> list[Any]:
        return prepare.prepare_spots(objects, self.locale)


def artwork_json_ld(artwork: ArtworkPage) -> dict[str, Any]:
    """schema.org ``VisualArtwork``, located at the spot where it is on show now, if any."""
    showing = artwork.on_show
    return jsonld.document(
        jsonld.visual_artwork(
            artwork,
            url=artwork.html_url,
            artists=[
                jsonld.person(artist, artist.html_url) for artist in artwork.artists
            ],
            images=[
                image_api_representation(row.image, "original", row.alt)
                for row in artwork.images.all()
            ],
            location=jsonld.place(showing.spot, showing.spot.html_url)
            if showing
            else None,
        )
    )


def exhibition_json_ld(exhibition: ExhibitionPage) -> dict[str, Any]:
    """schema.org ``ExhibitionEvent``: dates, the town, and the works with their places."""
    return jsonld.document(
        jsonld.compact(
            {
                "@type": "ExhibitionEvent",
                "name": exhibition.title,
                "url": exhibition.html_url,
                "description": exhibition.introduction,
                "inLanguage": exhibition.locale.language_code,
                "startDate": exhibition.start_date.isoformat(),
                "endDate": exhibition.end_date.isoformat(),
                "location": [
                    jsonld.place(showing.spot, showing.spot.html_url)
                    for showing in exhibition.placements_for_api
                ],
                "workFeatured": [
                    jsonld.compact(
                        {
                            "@type": "VisualArtwork",
                            "name": showing.artwork.title,
                            "url": showing.artwork.html_url,
                        }
                    )
                    for showing in exhibition.placements_for_api
                ],
            }
        )
    )


class GeoJSONRenderer(JSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"


class GeoJSONOnly(BaseContentNegotiation):
    """The map is GeoJSON whatever the client's ``Accept`` says (RFC 7946 has one media type)."""

    def select_parser(self, request: Request, parsers: list) -> Any:
        return parsers[0] if parsers else None

    def select_renderer(
        self, request: Request, renderers: list, format_suffix: str | None = None
    ) -> tuple:
        return renderers[0], renderers[0].media_type


class GalleryMapView(PublicCacheMixin, PublicAPIMixin, APIView):
    """Every active spot as a GeoJSON Point feature with the work on show there today."""

    renderer_classes = [GeoJSONRenderer]
    content_negotiation_class = GeoJSONOnly

    @extend_schema(
        parameters=[LOCALE_PARAMETER],
        responses={(200, "application/geo+json"): serializers.MapSerializer},
        description="RFC 7946 FeatureCollection; coordinates are [longitude, latitude].",
    )
    def get(self, request: Request) -> Response:
        locale = requested_locale(request)
        spots = prepare.prepare_spots(
            in_language(visible_spots().filter(active=True), locale)
            .select_related("locale")
            .order_by("name", "pk"),
            locale,
        )
        return Response(
            {
                "type": "FeatureCollection",
                "features": [map_feature(spot) for spot in spots],
                "license": serializers.data_license(),
            }
        )


def map_feature(spot: Spot) -> dict[str, Any]:
    showing = spot.on_show
    artwork = None
    if showing is not None:
        artwork = serializers.ArtworkSummarySerializer(showing.artwork).data
    return {
        "type": "Feature",
        "id": spot.pk,
        "geometry": {
            "type": "Point",
            "coordinates": [float(spot.longitude), float(spot.latitude)],
        },
        "properties": {
            "name": spot.name,
            "address": spot.address,
            "locale": spot.locale.language_code,
            "is_fallback": spot.is_fallback,
            "html_url": spot.html_url,
            "artwork": artwork,
        },
    }
