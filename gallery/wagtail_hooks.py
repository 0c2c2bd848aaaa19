from wagtail.snippets.models import register_snippet

from gallery.viewsets import UrbanGalleryViewSetGroup

# Through register_snippet rather than the register_admin_viewset hook: the group holds the spots
# snippet, which must be registered when the apps are ready (choosers, permissions), not only once
# the admin URLs load.
register_snippet(UrbanGalleryViewSetGroup)
