from wagtail.snippets.models import register_snippet

from cms.viewsets import PartnerViewSet

register_snippet(PartnerViewSet)
