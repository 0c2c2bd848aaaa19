"""One place that turns an image into the JSON a frontend needs.

Public clients never choose a size: they get renditions of the fixed specs below, WebP in a srcset,
each with alt text, credit and licence.
"""

from typing import Any

RENDITION_WIDTHS = (400, 800, 1200, 1600)
RENDITION_SPECS = {
    "thumbnail": "fill-400x300|format-webp",
    "listing": "fill-800x600|format-webp",
    "hero": "fill-1600x900|format-webp",
    "original": "max-1600x1600|format-webp",
}


def image_api_representation(
    image: Any, spec: str = "original", alt: str | None = None
) -> dict | None:
    """Id, alt text, credit, licence, one rendition of ``spec`` and a WebP srcset for ``image``.

    ``alt`` overrides the image's own alt text (an ImageBlock's contextual alt text); an empty
    string marks the image as decorative.
    """
    if image is None:
        return None
    width_specs = srcset_specs(image)
    renditions = image.get_renditions(RENDITION_SPECS[spec], *width_specs)
    main = renditions[RENDITION_SPECS[spec]]
    srcset = ", ".join(
        f"{renditions[filter_spec].full_url} {renditions[filter_spec].width}w"
        for filter_spec in width_specs
    )
    return {
        "id": image.pk,
        "url": main.full_url,
        "width": main.width,
        "height": main.height,
        "alt": image.description if alt is None else alt,
        "credit": image.credit,
        "license": image.license_url,
        "srcset": srcset,
    }


def srcset_specs(image: Any) -> list[str]:
    """The WebP widths of ``image``'s srcset. Wagtail never upscales: widths beyond the original
    would repeat the largest file. An image narrower than the smallest width gets that spec too
    (its rendition keeps the original width), so every spec comes from the fixed set that the
    prefetches ask for."""
    widths = [width for width in RENDITION_WIDTHS if width <= image.width] or [
        RENDITION_WIDTHS[0]
    ]
    return [f"width-{width}|format-webp" for width in widths]


def rendition_filter_specs(image: Any = None) -> list[str]:
    """Every filter spec the API and the built-in pages ask for (for ``image``, only the widths
    it has): to prefetch and to pre-generate."""
    widths = (
        srcset_specs(image)
        if image is not None
        else [f"width-{width}|format-webp" for width in RENDITION_WIDTHS]
    )
    return [*RENDITION_SPECS.values(), *widths]
