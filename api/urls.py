from django.urls import include, path

from drf_spectacular.views import SpectacularSwaggerView

from api.document import DocumentView, JSONDocumentView
from api.navigation import NavigationView

urlpatterns = [
    path("gallery/", include("api.gallery.urls")),
    path("navigation/", NavigationView.as_view(), name="navigation"),
    path("schema/", DocumentView.as_view(), name="schema"),
    # The same document at the address the NLGov REST API Design Rules name (API-51).
    path("openapi.json", JSONDocumentView.as_view(), name="openapi-json"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
]
