from django.urls import include, path

from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api.navigation import NavigationView

urlpatterns = [
    path("gallery/", include("api.gallery.urls")),
    path("navigation/", NavigationView.as_view(), name="navigation"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
]
