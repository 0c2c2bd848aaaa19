from .home import HomePage
from .images import CustomImage, CustomRendition
from .partners import Partner
from .standard import StandardPage

__all__ = ["CustomImage", "CustomRendition", "HomePage", "Partner", "StandardPage"]
