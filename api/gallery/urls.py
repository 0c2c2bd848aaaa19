from django.urls import path

from rest_framework.routers import SimpleRouter

from api.gallery.submissions import SubmissionCreateView, SubmissionStatusView
from api.gallery.views import (
    ArtistViewSet,
    ArtworkViewSet,
    ExhibitionViewSet,
    GalleryMapView,
    SpotViewSet,
)

router = SimpleRouter()
router.register("artworks", ArtworkViewSet, basename="gallery-artwork")
router.register("artists", ArtistViewSet, basename="gallery-artist")
router.register("exhibitions", ExhibitionViewSet, basename="gallery-exhibition")
router.register("spots", SpotViewSet, basename="gallery-spot")

urlpatterns = [
    path("map/", GalleryMapView.as_view(), name="gallery-map"),
    path(
        "submissions/",
        SubmissionCreateView.as_view(),
        name="gallery-submissions",
    ),
    path(
        "submissions/<str:token>/",
        SubmissionStatusView.as_view(),
        name="gallery-submission",
    ),
    *router.urls,
]
