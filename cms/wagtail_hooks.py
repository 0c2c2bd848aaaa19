from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms.rich_text import PublicPageLinkHandler
from cms.viewsets import FooterTextViewSet, PartnerViewSet

register_snippet(PartnerViewSet)
register_snippet(FooterTextViewSet)


# After Wagtail's own registration (order 0), so that ours replaces its "page" link type.
@hooks.register("register_rich_text_features", order=100)
def register_public_page_links(features: object) -> None:
    features.register_link_type(PublicPageLinkHandler)
