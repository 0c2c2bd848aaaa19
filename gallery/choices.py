from django.db import models
from django.utils.translation import gettext_lazy as _


class ArtworkTheme(models.TextChoices):
    """What a work is about or made with; the themes of The Media Ahead's programme."""

    AI = "ai", _("Artificial intelligence")
    XR = "xr", _("XR and virtual reality")
    GAMING = "gaming", _("Gaming")
    PODCAST = "podcast", _("Podcast and audio")
    IMMERSIVE = "immersive", _("Immersive")
    FILM = "film", _("Film and video")
    ANIMATION = "animation", _("Animation")
    PHOTOGRAPHY = "photography", _("Photography")
    ILLUSTRATION = "illustration", _("Illustration")
    DATA = "data", _("Data and technology")
    MEDIA_HISTORY = "media-history", _("Media history")


class ArtworkStatus(models.TextChoices):
    """Where a work stands in the collection, apart from whether it is on show now."""

    AVAILABLE = "available", _("Available for exhibitions")
    ON_LOAN = "on-loan", _("On loan elsewhere")
    RETIRED = "retired", _("Retired")


class RightsStatement(models.TextChoices):
    """Licences (Creative Commons) and rights statements (RightsStatements.org), by their URI."""

    CC_BY = "https://creativecommons.org/licenses/by/4.0/", _("CC BY 4.0")
    CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/", _("CC BY-SA 4.0")
    CC_BY_NC = "https://creativecommons.org/licenses/by-nc/4.0/", _("CC BY-NC 4.0")
    CC_BY_NC_ND = (
        "https://creativecommons.org/licenses/by-nc-nd/4.0/",
        _("CC BY-NC-ND 4.0"),
    )
    CC0 = "https://creativecommons.org/publicdomain/zero/1.0/", _("CC0 1.0")
    IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/", _("In copyright")
    IN_COPYRIGHT_NC = (
        "http://rightsstatements.org/vocab/InC-NC/1.0/",
        _("In copyright – non-commercial use permitted"),
    )


class SpotKind(models.TextChoices):
    FRAME = "frame", _("Frame")
    WALL = "wall", _("Wall")
    PLINTH = "plinth", _("Plinth")
    WINDOW = "window", _("Shop window")
    SCREEN = "screen", _("Screen")
    OTHER = "other", _("Other")


class SubmissionStatus(models.TextChoices):
    """Where an open-call submission stands; the artist sees it on the status page."""

    RECEIVED = "received", _("Received")
    IN_REVIEW = "in-review", _("In review")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class SubmissionLanguage(models.TextChoices):
    """The language an artist writes in and gets e-mail in."""

    NL = "nl", _("Dutch")
    EN = "en", _("English")
