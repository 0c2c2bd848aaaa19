from wagtail.snippets.models import register_snippet

from gallery.viewsets import UrbanGalleryViewSetGroup

# Through register_snippet rather than the register_admin_viewset hook: the group holds the spots
# snippet, which must be registered when the apps are ready (choosers, permissions), not only once
# the admin URLs load.
register_snippet(UrbanGalleryViewSetGroup)

# -- QR codes: the codes (admins only), the scan report and exhibitions' label sheets -----------
from wagtail import hooks  # noqa: E402

from gallery import qr_admin  # noqa: E402

hooks.register("register_admin_viewset", lambda: qr_admin.qr_code_viewset)
hooks.register("register_admin_urls", qr_admin.admin_urls)
hooks.register("register_reports_menu_item", qr_admin.scan_report_menu_item)
hooks.register("register_page_header_buttons", qr_admin.page_header_label_buttons)
hooks.register(
    "register_page_listing_more_buttons", qr_admin.page_listing_label_buttons
)

# -- Open call: the submissions, in the Urban Gallery menu (see URBAN_GALLERY_MENU_HOOK) --------
from gallery import submission_admin  # noqa: E402

hooks.register("register_admin_viewset", lambda: submission_admin.submission_viewset)
