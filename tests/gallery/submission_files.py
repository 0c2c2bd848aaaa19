"""Files for open-call tests, made here with Pillow: honest images and an attack corpus."""

import os
import struct
import zlib
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile

from PIL import ExifTags, Image, ImageCms

# A position in Hilversum, as a phone camera writes it: degrees, minutes, seconds.
GPS_LATITUDE = (52.0, 13.0, 30.0)
GPS_LONGITUDE = (5.0, 10.0, 36.0)
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b"<rdf:RDF><rdf:Description>secret-xmp-marker</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def picture(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> Image.Image:
    image = Image.new(mode, size, "#0b4f9c" if mode == "RGB" else 128)
    image.paste("#f5c400" if mode == "RGB" else 200, (0, 0, size[0] // 2, size[1] // 2))
    return image


def encode(image: Image.Image, format: str, **options: object) -> bytes:
    output = BytesIO()
    image.save(output, format=format, **options)
    return output.getvalue()


def jpeg(size: tuple[int, int] = (64, 48), **options: object) -> bytes:
    return encode(picture(size), "JPEG", **options)


def noise_jpeg(size: tuple[int, int] = (300, 300)) -> bytes:
    """A JPEG that does not compress: random pixels, about 1 byte per pixel at quality 95."""
    return encode(
        Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)),
        "JPEG",
        quality=95,
    )


def png(size: tuple[int, int] = (64, 48)) -> bytes:
    return encode(picture(size), "PNG")


def webp(size: tuple[int, int] = (64, 48)) -> bytes:
    return encode(picture(size), "WEBP")


def gif() -> bytes:
    return encode(picture().convert("P"), "GIF")


def jpeg_with_gps_and_xmp(orientation: int = 6) -> bytes:
    """A camera's JPEG: GPS position, camera make, an orientation tag, XMP and an sRGB profile."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SecretCam"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = GPS_LONGITUDE
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return encode(picture((80, 40)), "JPEG", exif=exif, xmp=XMP, icc_profile=icc)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_declaring(width: int, height: int, rows: int = 16) -> bytes:
    """A small PNG whose header declares ``width`` × ``height``: a decompression bomb when the
    rows are all there (zeros compress to almost nothing), a lie when they are not."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    compressor = zlib.compressobj(9)
    line = b"\x00" * (width + 1)
    data = b"".join(compressor.compress(line) for _ in range(rows)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


def upload(
    name: str, content: bytes, content_type: str = "image/jpeg"
) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def submission_fields(**overrides: object) -> dict:
    """A complete, valid open-call submission with one JPEG (a multipart ``data`` dict)."""
    fields = {
        "artist_name": "Noor Visser",
        "email": "Noor@Example.org",
        "website": "https://noorvisser.example/",
        "statement": "Ik maak lichtinstallaties over de omroepgeschiedenis van Hilversum.",
        "title": "Zenders in de nacht",
        "year": "2025",
        "medium": "Digitale print op dibond",
        "dimensions": "120 x 80 x 2 cm",
        "description_nl": "Een serie nachtfoto's van zendmasten.\n\nGemaakt in Hilversum.",
        "description_en": "A series of night photographs of transmitter masts.",
        "image_1": upload("nacht.jpg", jpeg()),
        "alt_text_1": "Een zendmast die oplicht tegen een donkerblauwe lucht.",
        "licence_consent": "on",
        "privacy_consent": "on",
    }
    fields.update(overrides)
    return {name: value for name, value in fields.items() if value is not None}


def jpeg_with_broken_exif() -> bytes:
    """A JPEG whose EXIF says "turn 90°" but stores XResolution as text: Pillow's own
    ``exif_transpose`` fails on writing such EXIF back."""
    entries = struct.pack("<H", 2)
    entries += struct.pack("<HHI", 0x0112, 3, 1) + struct.pack("<HH", 6, 0)
    entries += struct.pack("<HHI", 0x011A, 2, 3) + b"ab\x00\x00"
    entries += struct.pack("<I", 0)
    exif = b"Exif\x00\x00" + b"II*\x00" + struct.pack("<I", 8) + entries
    return encode(picture((16, 8)), "JPEG", exif=exif)


def png_without_palette() -> bytes:
    """A palette PNG with its PLTE chunk cut out (Pillow 13 fails on saving it again)."""
    data = encode(Image.new("P", (8, 8)), "PNG")
    start = data.index(b"PLTE") - 4
    length = struct.unpack(">I", data[start : start + 4])[0]
    return data[:start] + data[start + 12 + length :]


def png_with_palette(text: bytes) -> bytes:
    """A palette PNG whose colour table spells ``text``: the table is copied as it came."""
    image = Image.new("P", (8, 8))
    image.putpalette(text.ljust(768, b"\0")[:768])
    return encode(image, "PNG")


def mpo() -> bytes:
    """A phone's multi-picture JPEG (MPO): two frames."""
    return encode(
        picture(), "MPO", save_all=True, append_images=[picture((64, 48), "L")]
    )


def jpeg_with_fake_colour_profile() -> bytes:
    """Text smuggled in where the ICC colour profile belongs."""
    return encode(
        picture(),
        "JPEG",
        icc_profile=b"GPSLatitude=52.2215 owner=jan@example.org " * 50,
    )


def colour_profile_with_text(text: bytes) -> bytes:
    """A real sRGB profile that LittleCMS reads, with ``text`` in a private tag of its own: a
    profile is kept through the re-encoding byte for byte, so it can carry markup into the
    stored file."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    (count,) = struct.unpack(">I", profile[128:132])
    table_end = 132 + 12 * count
    # Every tag's data moves down by the new 12-byte table entry.
    entries = b"".join(
        profile[start : start + 4] + struct.pack(">II", offset + 12, size)
        for start in range(132, table_end, 12)
        for offset, size in [struct.unpack(">II", profile[start + 4 : start + 12])]
    )
    data = profile[table_end:]
    data += b"\x00" * (-len(data) % 4)
    private = b"text\x00\x00\x00\x00" + text + b"\x00"
    entries += b"zzzz" + struct.pack(">II", table_end + 12 + len(data), len(private))
    body = profile[4:128] + struct.pack(">I", count + 1) + entries + data + private
    return struct.pack(">I", len(body) + 4) + body


# In the middle of the profile, away from the start and end of the file that the upload check
# searches.
PROFILE_MARKUP = b" " * 8000 + b"<script>fetch('/admin/')</script>" + b" " * 8000


def jpeg_with_markup_in_its_colour_profile() -> bytes:
    return encode(
        picture(), "JPEG", icc_profile=colour_profile_with_text(PROFILE_MARKUP)
    )


def png_with_markup_in_its_colour_profile() -> bytes:
    """PNG compresses its profile: the markup is invisible in the file received."""
    return encode(
        picture(), "PNG", icc_profile=colour_profile_with_text(PROFILE_MARKUP)
    )
