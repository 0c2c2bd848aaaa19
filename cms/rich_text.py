"""Rich text for the API: the HTML a frontend can insert as it is."""

from django.utils.html import escape

from wagtail.rich_text import features
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from cms.frontend import frontend_url


class FrontendPageLinkHandler(PageLinkHandler):
    """Internal links point at the page in the reader's language on the frontend (``frontend_url``)."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        links = []
        for page in cls.get_many(attrs_list):
            url = frontend_url(page.localized) if page else None
            links.append(f'<a href="{escape(url)}">' if url else "<a>")
        return links


def api_rich_text(source: str) -> str:
    """Expand stored rich text (``<a linktype="page" id="3">``, embeds, images) into final HTML."""
    link_rules = {
        linktype: handler.expand_db_attributes_many
        for linktype, handler in features.get_link_types().items()
    }
    link_rules["page"] = FrontendPageLinkHandler.expand_db_attributes_many
    embed_rules = {
        embedtype: handler.expand_db_attributes_many
        for embedtype, handler in features.get_embed_types().items()
    }
    return MultiRuleRewriter(
        [LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)]
    )(source)
