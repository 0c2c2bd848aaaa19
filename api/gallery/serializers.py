"""Read shapes of the gallery API. They read what ``api.gallery.prepare`` attached; they never
query the database themselves (the query-count tests hold them to that)."""

from typing import Any

from django.conf import settings

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.images import image_api_representation
from cms.rich_text import api_rich_text
from gallery.choices import ArtworkTheme, RightsStatement
from gallery.links import qr_links

THEME_LABELS = dict(ArtworkTheme.choices)
RIGHTS_LABELS = dict(RightsStatement.choices)


class ImageSerializer(serializers.Serializer):
    """An image as renditions of one fixed spec, with alt text, credit, licence and srcset."""

    id = serializers.IntegerField()
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt = serializers.CharField()
    credit = serializers.CharField()
    license = serializers.CharField()
    srcset = serializers.CharField()


@extend_schema_field(ImageSerializer(allow_null=True))
class ImageField(serializers.Field):
    def __init__(self, spec: str, **kwargs: Any) -> None:
        self.spec = spec
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, image: Any) -> dict | None:
        return image_api_representation(image, self.spec)


class TranslationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    html_url = serializers.URLField(allow_null=True)


class GalleryObjectSerializer(serializers.Serializer):
    """What every gallery object carries: identity, language and where a person reads it."""

    id = serializers.IntegerField(source="pk")
    locale = serializers.CharField(source="locale.language_code")
    is_fallback = serializers.BooleanField(default=False)
    html_url = serializers.URLField(allow_null=True)
    translations = serializers.DictField(
        child=TranslationSerializer(),
        help_text="Each language this object exists in → its id and html_url.",
    )


class LinkedArtistSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    name = serializers.CharField(source="title")
    html_url = serializers.URLField(allow_null=True)


class PlaceSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    name = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    html_url = serializers.URLField(allow_null=True)


class ExhibitionSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    html_url = serializers.URLField(allow_null=True)


class OnShowSerializer(serializers.Serializer):
    """Where a work is on show: the spot, the exhibition and the dates."""

    spot = PlaceSummarySerializer()
    exhibition = ExhibitionSummarySerializer()
    shown_from = serializers.DateField(source="placement.shown_from")
    shown_until = serializers.DateField(source="placement.shown_until")


class DimensionsSerializer(serializers.Serializer):
    height_cm = serializers.FloatField(allow_null=True)
    width_cm = serializers.FloatField(allow_null=True)
    depth_cm = serializers.FloatField(allow_null=True)
    label = serializers.CharField(source="dimensions", help_text="E.g. “120 × 80 cm”.")


class ThemeSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=ArtworkTheme.values)
    label = serializers.CharField()


class QRSerializer(serializers.Serializer):
    """The QR code printed at the exhibit, and where to get it for print or screen."""

    code = serializers.CharField(
        help_text="3–6 characters of Crockford's base32 (no I, L, O, U); any case."
    )
    url = serializers.URLField(
        help_text="Exactly what the code encodes (upper case: QR alphanumeric mode). Print "
        "it under the code."
    )
    svg = serializers.URLField(help_text="The code as SVG (scales freely).")
    png = serializers.URLField(
        help_text="The code as PNG at 300 dpi; ?size_mm= sets the print width."
    )
    pdf = serializers.URLField(
        help_text="The code as vector PDF; ?size_mm= as for png."
    )


@extend_schema_field(QRSerializer(allow_null=True))
class QRField(serializers.Field):
    """The object's code in use, annotated as ``qr_code`` by the view (no query here)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        kwargs.setdefault(
            "help_text", "The QR code at the exhibit; null until it has one."
        )
        super().__init__(**kwargs)

    def to_representation(self, obj: Any) -> dict[str, str] | None:
        return qr_links(getattr(obj, "qr_code", None))


class ArtworkCardSerializer(GalleryObjectSerializer):
    """An artwork in a list: enough for a card or a map pin."""

    title = serializers.CharField()
    introduction = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    medium = serializers.CharField()
    dimensions = DimensionsSerializer(source="*")
    themes = serializers.SerializerMethodField()
    artists = LinkedArtistSerializer(many=True)
    image = serializers.SerializerMethodField()
    on_show = OnShowSerializer(
        allow_null=True, help_text="Where the work is on show today."
    )
    qr = QRField()
    distance_m = serializers.FloatField(
        required=False, help_text="Metres from the point given in ``near``."
    )

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_image(self, artwork: Any) -> dict | None:
        rows = artwork.images.all()
        if not rows:
            return None
        return image_api_representation(rows[0].image, "listing", rows[0].alt)

    @extend_schema_field(ThemeSerializer(many=True))
    def get_themes(self, artwork: Any) -> list[dict[str, str]]:
        return [
            {"code": theme, "label": str(THEME_LABELS[theme])}
            for theme in artwork.themes or []
            if theme in THEME_LABELS
        ]

    def to_representation(self, artwork: Any) -> dict[str, Any]:
        data = super().to_representation(artwork)
        if getattr(artwork, "distance_m", None) is None:
            data.pop("distance_m", None)
        else:
            data["distance_m"] = round(artwork.distance_m, 1)
        return data


class RightsSerializer(serializers.Serializer):
    uri = serializers.URLField()
    label = serializers.CharField()


class AudioSerializer(serializers.Serializer):
    url = serializers.URLField()
    title = serializers.CharField()


class ArtworkDetailSerializer(ArtworkCardSerializer):
    """One artwork with everything a detail page needs, and its schema.org description."""

    description = serializers.SerializerMethodField()
    images = serializers.SerializerMethodField()
    audio_description = serializers.SerializerMethodField()
    rights = serializers.SerializerMethodField()
    status = serializers.CharField()
    showings = OnShowSerializer(many=True, help_text="Now and coming, soonest first.")
    json_ld = serializers.DictField(
        help_text="schema.org VisualArtwork, for search engines and linked data."
    )

    @extend_schema_field(serializers.CharField(help_text="HTML"))
    def get_description(self, artwork: Any) -> str:
        return api_rich_text(artwork.description)

    @extend_schema_field(ImageSerializer(many=True))
    def get_images(self, artwork: Any) -> list[dict]:
        return [
            image_api_representation(row.image, "original", row.alt)
            for row in artwork.images.all()
        ]

    @extend_schema_field(AudioSerializer(allow_null=True))
    def get_audio_description(self, artwork: Any) -> dict | None:
        document = artwork.audio_description
        if document is None:
            return None
        return {
            "url": self.context["request"].build_absolute_uri(document.url),
            "title": document.title,
        }

    @extend_schema_field(RightsSerializer)
    def get_rights(self, artwork: Any) -> dict[str, str]:
        uri = artwork.rights_statement
        return {"uri": uri, "label": str(RIGHTS_LABELS.get(uri, uri))}


class ArtistLinkSerializer(serializers.Serializer):
    label = serializers.CharField()
    url = serializers.URLField()


class ArtistSerializer(GalleryObjectSerializer):
    name = serializers.CharField(source="title")
    introduction = serializers.CharField()
    pronouns = serializers.CharField()
    discipline = serializers.CharField()
    portrait = ImageField("thumbnail", source="image", allow_null=True)


class ArtistDetailSerializer(ArtistSerializer):
    bio = serializers.SerializerMethodField()
    links = serializers.SerializerMethodField()
    artworks = ArtworkCardSerializer(many=True, source="artworks_for_api")
    json_ld = serializers.DictField()

    @extend_schema_field(serializers.CharField(help_text="HTML"))
    def get_bio(self, artist: Any) -> str:
        return api_rich_text(artist.bio)

    @extend_schema_field(ArtistLinkSerializer(many=True))
    def get_links(self, artist: Any) -> list[dict[str, str]]:
        return [
            {"label": block.value["label"], "url": block.value["url"]}
            for block in artist.links
        ]


class ArtworkSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    locale = serializers.CharField(source="locale.language_code")
    artists = LinkedArtistSerializer(many=True)
    year = serializers.IntegerField(allow_null=True)
    html_url = serializers.URLField(allow_null=True)
    thumbnail = serializers.SerializerMethodField()

    @extend_schema_field(ImageSerializer(allow_null=True))
    def get_thumbnail(self, artwork: Any) -> dict | None:
        rows = artwork.images.all()
        if not rows:
            return None
        return image_api_representation(rows[0].image, "thumbnail", rows[0].alt)


class SpotOnShowSerializer(serializers.Serializer):
    """The work at a spot today, with its exhibition and dates."""

    artwork = ArtworkSummarySerializer()
    exhibition = ExhibitionSummarySerializer()
    shown_from = serializers.DateField(source="placement.shown_from")
    shown_until = serializers.DateField(source="placement.shown_until")


class PlacementSerializer(serializers.Serializer):
    artwork = ArtworkSummarySerializer()
    spot = PlaceSummarySerializer()
    shown_from = serializers.DateField(source="placement.shown_from")
    shown_until = serializers.DateField(source="placement.shown_until")
    label_note = serializers.CharField(source="placement.label_note")


class ExhibitionSerializer(GalleryObjectSerializer):
    title = serializers.CharField()
    introduction = serializers.CharField()
    start_date = serializers.DateField()
    end_date = serializers.DateField()
    period = serializers.ChoiceField(
        choices=["current", "upcoming", "past"], help_text="Relative to today."
    )
    image = ImageField("hero", allow_null=True)


class ExhibitionDetailSerializer(ExhibitionSerializer):
    curator_statement = serializers.SerializerMethodField()
    placements = PlacementSerializer(many=True, source="placements_for_api")
    json_ld = serializers.DictField()

    @extend_schema_field(serializers.CharField(help_text="HTML"))
    def get_curator_statement(self, exhibition: Any) -> str:
        return api_rich_text(exhibition.curator_statement)


class AccessibilitySerializer(serializers.Serializer):
    step_free = serializers.BooleanField()
    lit_at_night = serializers.BooleanField()
    notes = serializers.CharField(source="accessibility_notes")


class SpotSerializer(GalleryObjectSerializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.CharField()
    address = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    description = serializers.CharField()
    position = serializers.CharField()
    accessibility = AccessibilitySerializer(source="*")
    active = serializers.BooleanField()
    on_show = SpotOnShowSerializer(
        allow_null=True, help_text="What is on show here today."
    )
    qr = QRField()
    distance_m = serializers.FloatField(required=False)


class LicenseSerializer(serializers.Serializer):
    license_text = serializers.CharField()
    license_url = serializers.URLField()


class PointSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Point"])
    coordinates = serializers.ListField(
        child=serializers.FloatField(),
        min_length=2,
        max_length=2,
        help_text="[longitude, latitude] in WGS84 (RFC 7946).",
    )


class MapPropertiesSerializer(serializers.Serializer):
    name = serializers.CharField()
    address = serializers.CharField()
    locale = serializers.CharField()
    is_fallback = serializers.BooleanField()
    html_url = serializers.URLField(allow_null=True)
    artwork = ArtworkSummarySerializer(
        allow_null=True, help_text="The work on show at this spot today."
    )


class MapFeatureSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Feature"])
    id = serializers.IntegerField(help_text="The spot's id.")
    geometry = PointSerializer()
    properties = MapPropertiesSerializer()


class MapSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["FeatureCollection"])
    features = MapFeatureSerializer(many=True)
    license = LicenseSerializer()


def data_license() -> dict[str, str]:
    """The licence block every response carries for its metadata (images have their own)."""
    return {
        "license_text": settings.GALLERY_DATA_LICENSE_TEXT,
        "license_url": settings.GALLERY_DATA_LICENSE_URL,
    }
