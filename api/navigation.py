"""``/api/navigation/``: menus, footer text and social links of the site, in one language."""

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext

from wagtail.models import Locale, Site

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from api.public import PublicAPIMixin
from cms.frontend import frontend_url
from cms.middleware import accepted_language
from cms.navigation import site_navigation
from cms.rich_text import api_rich_text


class NavigationQuerySerializer(serializers.Serializer):
    locale = serializers.ChoiceField(
        choices=[code for code, _name in settings.LANGUAGES], required=False
    )


class MenuItemSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    html_url = serializers.SerializerMethodField()

    def get_html_url(self, page: object) -> str | None:
        return frontend_url(page)


class SocialLinkSerializer(serializers.Serializer):
    platform = serializers.CharField()
    url = serializers.URLField()


class NavigationSerializer(serializers.Serializer):
    locale = serializers.CharField()
    main_menu = MenuItemSerializer(many=True)
    footer_menu = MenuItemSerializer(many=True)
    footer_text = serializers.SerializerMethodField(
        help_text="Rendered HTML, or null when none is published."
    )
    social_links = SocialLinkSerializer(many=True)

    def get_footer_text(self, navigation: dict) -> str | None:
        footer_text = navigation["footer_text"]
        return api_rich_text(footer_text.body) if footer_text else None


class NavigationView(PublicAPIMixin, APIView):
    """The same for every visitor of a language, so cacheable; ``locale`` defaults to Accept-Language."""

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "locale",
                str,
                enum=[code for code, _name in settings.LANGUAGES],
                description="Language; default from Accept-Language, else Dutch.",
            ),
        ],
        responses={200: NavigationSerializer},
        summary="Menus, footer and social links in one language",
    )
    def get(self, request: HttpRequest) -> Response:
        query = NavigationQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        language = query.validated_data.get("locale") or accepted_language(request)
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            raise NotFound(
                gettext("No content in language %(language)s.") % {"language": language}
            )
        site = Site.find_for_request(request)
        navigation = (
            site_navigation(site, locale)
            if site
            else {
                "main_menu": [],
                "footer_menu": [],
                "footer_text": None,
                "social_links": [],
            }
        )
        return Response(
            NavigationSerializer({"locale": locale.language_code, **navigation}).data
        )
