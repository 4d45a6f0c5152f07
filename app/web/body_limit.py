"""A cap on request bodies, enforced while reading (a lying or missing Content-Length doesn't help)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.web.problems import problem


class BodyTooLargeError(Exception):
    pass


# Room for the multipart framing around an uploaded file of the maximum size.
MULTIPART_OVERHEAD = 64 * 1024


class BodySizeLimit:
    """Answer 413 with a problem body when a request body exceeds ``max_bytes`` (``upload_max_bytes`` plus
    the multipart framing for file uploads, ``POST .../attachments``)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, upload_max_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes

    def limit_for(self, scope: Scope) -> int:
        if (
            self.upload_max_bytes is not None
            and scope.get("method") == "POST"
            and scope["path"].endswith("/attachments")
        ):
            return self.upload_max_bytes + MULTIPART_OVERHEAD
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(scope, receive, send, limit)
            return
        seen = 0
        response_started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLargeError
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLargeError:
            if not response_started:
                await self._reject(scope, receive, send, limit)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem(
            413, "payload_too_large", "Payload too large", f"request bodies are limited to {limit} bytes"
        )
        await response(scope, receive, send)
