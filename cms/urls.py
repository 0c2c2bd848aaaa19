from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views import defaults
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api.v2 import api_router

handler400 = "api.errors.handler400"
handler403 = "api.errors.handler403"
handler404 = "api.errors.handler404"
handler500 = "api.errors.handler500"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/", include("api.urls")),
    # QR codes encode /Q/<CODE> in upper case (see gallery.models.qr_codes.encoded_url).
    re_path(r"^[qQ]/", include("gallery.urls")),
    path("sitemap.xml", sitemap),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns += [
        path(
            "404/",
            defaults.page_not_found,
            kwargs={"exception": Exception("Page not found")},
        ),
        path("500/", defaults.server_error),
    ]

# Built-in rendering of pages: /nl/… and /en/…; a bare "/" redirects by the visitor's language.
# The open call's form comes before Wagtail's pages, which take every other path.
urlpatterns += i18n_patterns(
    path("open-call/", include("gallery.open_call_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
