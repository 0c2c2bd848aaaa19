"""Rich text as readers get it: links only to live, public pages, in the reader's language."""

from django.utils.html import escape

from wagtail.rich_text import features
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from cms.frontend import frontend_url, public_translation


class PublicPageLinkHandler(PageLinkHandler):
    """Wagtail's page links, minus drafts and restricted pages (a bare ``<a>`` keeps the text).

    Registered for the built-in rendering in ``wagtail_hooks``; the API uses the subclass below.
    """

    @classmethod
    def url_for(cls, page: object) -> str | None:
        return page.url

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        links = []
        for page in cls.get_many(attrs_list):
            target = public_translation(page)
            url = cls.url_for(target) if target else None
            links.append(f'<a href="{escape(url)}">' if url else "<a>")
        return links


class FrontendPageLinkHandler(PublicPageLinkHandler):
    """Internal links point at the page on the frontend (``frontend_url``)."""

    @classmethod
    def url_for(cls, page: object) -> str | None:
        return frontend_url(page)


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
