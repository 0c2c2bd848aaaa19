"""``/q/`` (and ``/Q/``, which is what the codes encode): see ``gallery.qr_views``."""

from django.urls import re_path

from gallery import qr_views

app_name = "qr"

# Codes are matched loosely (any case, hyphens, look-alike letters) and normalised in the view;
# anything else below /q/ gets the friendly "unknown code" page rather than a bare 404.
urlpatterns = [
    re_path(
        r"^(?P<code>[0-9A-Za-z-]{1,16})\.(?P<kind>[A-Za-z]{3})$",
        qr_views.image,
        name="image",
    ),
    re_path(r"^(?P<code>[0-9A-Za-z-]{1,16})/?$", qr_views.landing, name="landing"),
    re_path(r"^(?P<rest>.*)$", qr_views.unknown, name="unknown"),
]
