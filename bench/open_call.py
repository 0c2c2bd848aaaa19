"""One open-call submission of five ~10 MB JPEGs (24 megapixels each, like a camera's), posted to
gunicorn on 127.0.0.1: the time it takes and the worker's peak memory. Called by ``run.py``.

The images are generated here (smooth noise over a gradient: hard to compress, as photographs
are). The worker's peak resident memory is its ``VmHWM`` in ``/proc``, read after each request:
one fresh worker per run, so the first figure is the cost of a first submission.
"""

import argparse
import http.client
import json
import secrets
import time
import uuid
from io import BytesIO
from pathlib import Path

from PIL import Image
from run import HOST, gunicorn

URL = "/api/gallery/submissions/"
SIZE = (6000, 4000)
QUALITY = 93


def camera_like_jpeg(seed: int) -> bytes:
    width, height = SIZE
    noise = Image.frombytes(
        "RGB", (width // 4, height // 4), secrets.token_bytes(width * height * 3 // 16)
    ).resize(SIZE, Image.Resampling.BILINEAR)
    gradient = Image.linear_gradient("L").rotate(seed * 40).resize(SIZE).convert("RGB")
    output = BytesIO()
    Image.blend(noise, gradient, 0.3).save(output, "JPEG", quality=QUALITY)
    return output.getvalue()


def multipart(fields: dict[str, str], files: dict[str, bytes]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    for name, content in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{name}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def submission(images: list[bytes], number: int) -> tuple[bytes, str]:
    fields = {
        "artist_name": "Benchmark Artist",
        "email": f"bench{number}@example.org",
        "statement": "Benchmark.",
        "title": f"Benchmark work {number}",
        "year": "2025",
        "medium": "Photograph",
        "description_en": "Five large photographs.",
        "licence_consent": "true",
        "privacy_consent": "true",
    }
    for slot in range(1, len(images) + 1):
        fields[f"alt_text_{slot}"] = f"Photograph {slot}"
    return multipart(
        fields, {f"image_{slot}": image for slot, image in enumerate(images, start=1)}
    )


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def memory_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def post(port: int, body: bytes, content_type: str) -> tuple[int, float, dict]:
    connection = http.client.HTTPConnection(HOST, port, timeout=300)
    started = time.perf_counter()
    try:
        connection.request(
            "POST",
            URL,
            body=body,
            headers={"Content-Type": content_type, "Content-Length": str(len(body))},
        )
        response = connection.getresponse()
        answer = json.loads(response.read() or b"{}")
        return response.status, time.perf_counter() - started, answer
    finally:
        connection.close()


def run(env: dict[str, str], port: int, options: argparse.Namespace) -> None:
    print("\nOpen call: one submission of five camera-like JPEGs, one gunicorn worker.")
    images = [camera_like_jpeg(seed) for seed in range(5)]
    sizes = ", ".join(f"{len(image) / 2**20:.1f}" for image in images)
    print(f"images: {SIZE[0]}×{SIZE[1]} px, {sizes} MB")
    env = {
        **env,
        "QUARANTINE_ROOT": str(Path(env["MEDIA_ROOT"]).parent / "quarantine"),
        "OPEN_CALL_RATE_LIMIT": "1000",
        "OPEN_CALL_ATTEMPT_LIMIT": "1000",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    with gunicorn(env, port, workers=1) as server:
        (worker,) = worker_pids(server.pid)
        idle = memory_mb(worker, "VmRSS")
        print(f"worker at rest: {idle:.0f} MB resident")
        print(
            f"{'run':<6} {'status':>6} {'seconds':>8} {'peak MB':>8} {'peak − rest':>12}"
        )
        for number in range(options.open_call_runs):
            body, content_type = submission(images, number)
            status, seconds, answer = post(port, body, content_type)
            peak = memory_mb(worker, "VmHWM")
            print(
                f"{number + 1:<6} {status:>6} {seconds:>8.2f} {peak:>8.0f} {peak - idle:>12.0f}"
            )
            if status != 201:
                print(f"  {answer}")
    stored = sum(
        path.stat().st_size
        for path in Path(env["QUARANTINE_ROOT"]).rglob("*")
        if path.is_file()
    )
    print(
        f"stored (re-encoded, metadata removed): {stored / 2**20 / options.open_call_runs:.1f} MB "
        "per submission"
    )
