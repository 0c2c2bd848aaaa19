from wagtail.snippets.models import register_snippet

from cms.viewsets import FooterTextViewSet, PartnerViewSet

register_snippet(PartnerViewSet)
register_snippet(FooterTextViewSet)
