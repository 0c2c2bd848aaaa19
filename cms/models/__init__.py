from .home import HomePage
from .images import CustomImage, CustomRendition
from .news import ArticlePage, NewsIndexPage
from .partners import Partner
from .podcast import EpisodeGuest, EpisodePage, PodcastIndexPage
from .programme import EventPage, ProgrammeIndexPage
from .site_settings import FooterText, NavigationSettings, SocialMediaSettings
from .standard import StandardPage

__all__ = [
    "ArticlePage",
    "CustomImage",
    "CustomRendition",
    "EpisodeGuest",
    "EpisodePage",
    "EventPage",
    "FooterText",
    "HomePage",
    "NavigationSettings",
    "NewsIndexPage",
    "Partner",
    "PodcastIndexPage",
    "ProgrammeIndexPage",
    "SocialMediaSettings",
    "StandardPage",
]
