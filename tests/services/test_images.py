"""Image dimensions from headers, for each format and its variants, and nothing from broken or hostile bytes."""

from __future__ import annotations

import struct

import pytest

from app.services.images import image_dimensions


def png(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", width, height) + b"\x08\x02\x00\x00\x00"


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00"


def jpeg(width: int, height: int, frame: int = 0xC0) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x01\x02\x00\x00\x01\x00\x01\x00\x00"
    exif = b"\xff\xe1" + struct.pack(">H", 2 + 300) + b"E" * 300  # metadata before the frame header
    sof = bytes([0xFF, frame]) + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + exif + b"\xff\xff" + sof + b"\xff\xda\x00\x02"


def webp(chunk: bytes, payload: bytes) -> bytes:
    body = b"WEBP" + chunk + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", len(body)) + body


def vp8(width: int, height: int) -> bytes:
    return webp(b"VP8 ", b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", width, height) + b"\x00" * 4)


def vp8l(width: int, height: int) -> bytes:
    bits = (width - 1) | (height - 1) << 14
    return webp(b"VP8L", b"\x2f" + struct.pack("<I", bits) + b"\x00" * 4)


def vp8x(width: int, height: int) -> bytes:
    return webp(b"VP8X", b"\x10\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little"))


@pytest.mark.parametrize(
    ("data", "media_type", "expected"),
    [
        (png(640, 480), "image/png", (640, 480)),
        (gif(1, 65535), "image/gif", (1, 65535)),
        (jpeg(1920, 1080), "image/jpeg", (1920, 1080)),
        (jpeg(33, 17, frame=0xC2), "image/jpeg", (33, 17)),  # progressive
        (vp8(300, 200), "image/webp", (300, 200)),
        (vp8l(4000, 3000), "image/webp", (4000, 3000)),
        (vp8x(16383, 9), "image/webp", (16383, 9)),
    ],
)
def test_each_format_is_measured_from_its_header(data: bytes, media_type: str, expected: tuple[int, int]) -> None:
    assert image_dimensions(data, media_type) == expected


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (png(0, 0), "image/png"),  # no pixels: not a size
        (png(100_000, 10), "image/png"),  # beyond any sensible image
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),  # truncated
        (jpeg(10, 10)[:40], "image/jpeg"),  # cut off before its frame header
        (b"\xff\xd8\xff\xda\x00\x02", "image/jpeg"),  # a scan before any frame
        (b"\xff\xd8" + b"\xff\xe1\x00\x00" * 4, "image/jpeg"),  # a zero-length segment cannot loop forever
        (b"\xff\xd8" + b"\x00" * 100, "image/jpeg"),
        (webp(b"VP8?", b"\x00" * 10), "image/webp"),
        (png(10, 10), "application/pdf"),  # not an image type
    ],
)
def test_unreadable_headers_are_unknown_not_errors(data: bytes, media_type: str) -> None:
    assert image_dimensions(data, media_type) is None
