from django.db import models
from django.utils.translation import gettext_lazy as _


class EventSeries(models.TextChoices):
    """The year-round programme of The Media Ahead (2025 selection from the council's brief)."""

    MEDIA_AHEAD_COMMUNITY = "media-ahead-community", _("Media Ahead Community")
    PIZZA_TALKS = "pizza-talks", _("Pizza Talks")
    THREE_TAKEAWAYS = "three-takeaways", _("Three Takeaways Podcast")
    XR_CREATORS_CONNECT = "xr-creators-connect", _("XR Creators Connect")
    RESHAPE_THE_FUTURE = "reshape-the-future", _("Reshape the Future")
    DAG_VAN_DE_MEDIASTAGES = "dag-van-de-mediastages", _("Media Internship Day")
    CHANGEMAKERS = "changemakers", _("Changemakers Programme")
    AI_101 = "ai-101", _("AI 101")
    URBAN_GALLERY = "urban-gallery", _("Urban Gallery")
    XPERIENCE_DAY = "xperience-day", _("Xperience Day")
    AI_KENNISFESTIVAL = "ai-kennisfestival", _("AI Knowledge Festival")
    REMIX_FEST = "remix-fest", _("REMIX Fest")
    PODCASTFESTIVAL = "podcastfestival", _("Podcast Festival")
    BEELD_EN_GELUID = "beeld-en-geluid", _("Beeld & Geluid collection building")


class EventAudience(models.TextChoices):
    YOUNG_MAKERS = "young-makers", _("Young makers")
    STUDENTS = "students", _("Students")
    PROFESSIONALS = "professionals", _("Media professionals")
    EDUCATION = "education", _("Education")
    GENERAL_PUBLIC = "general-public", _("General public")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    SOLD_OUT = "sold-out", _("Sold out")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
