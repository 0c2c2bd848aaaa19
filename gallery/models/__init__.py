from .artists import ArtistIndexPage, ArtistPage
from .artworks import ArtworkArtist, ArtworkImage, ArtworkIndexPage, ArtworkPage
from .exhibitions import ExhibitionPage, ExhibitionPlacement
from .index import GalleryIndexPage
from .qr_codes import QRCode, ScanCount
from .spots import Spot
from .submissions import Submission, SubmissionImage

__all__ = [
    "ArtistIndexPage",
    "ArtistPage",
    "ArtworkArtist",
    "ArtworkImage",
    "ArtworkIndexPage",
    "ArtworkPage",
    "ExhibitionPage",
    "ExhibitionPlacement",
    "GalleryIndexPage",
    "QRCode",
    "ScanCount",
    "Spot",
    "Submission",
    "SubmissionImage",
]
