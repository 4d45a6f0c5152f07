"""/media: uploaded attachments, served by content address with download and caching headers."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

import os
import stat
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import FileResponse
from starlette.datastructures import Headers
from starlette.responses import MalformedRangeHeader, RangeNotSatisfiable, Response
from starlette.types import Receive, Scope, Send

from app.api.schemas import Problem, problem_responses
from app.errors import NotFoundError
from app.services.attachments import media_path, media_visibility, served_type
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.problems import problem
from app.web.responses import PRIVATE_CACHE

router = APIRouter(tags=["media"])
# The name of a file is its content's SHA-256, so a URL always means the same bytes.
IMMUTABLE = "public, max-age=31536000, immutable"
# schemas.problem_responses describes the statuses every API route shares; 416 is this route's own.
RANGE_REFUSED = {
    "description": "Range not satisfiable: `Content-Range: bytes */<size>` gives the file's size",
    "model": Problem,
    "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
}


class MediaFileResponse(FileResponse):
    """A file whose refused Range is a 416 problem document (RFC 9457) like every other error, where
    Starlette answers text/plain; a range unit other than ``bytes`` is ignored (RFC 9110 §14.2)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope)
        http_range = headers.get("range")
        if_range = headers.get("if-range")
        # Starlette applies a Range only to a GET/HEAD 200 whose If-Range (if any) still matches.
        applies = (
            http_range is not None
            and self.status_code == 200
            and scope["method"] in ("GET", "HEAD")
            and (if_range is None or self._should_use_range(if_range))
        )
        if applies and http_range is not None and self.stat_result is not None:
            unit, has_ranges, _ = http_range.partition("=")
            if has_ranges and unit.strip().lower() != "bytes":
                scope = dict(scope, headers=[(k, v) for k, v in scope["headers"] if k != b"range"])
            else:
                refusal = self._range_refusal(http_range, self.stat_result.st_size)
                if refusal is not None:
                    await refusal(scope, receive, send)
                    return
        await super().__call__(scope, receive, send)

    def _range_refusal(self, http_range: str, size: int) -> Response | None:
        try:
            self._parse_range_header(http_range, size)
        except MalformedRangeHeader:
            detail = f"the Range header is not a valid bytes range; the file is {size} bytes"
        except RangeNotSatisfiable:
            detail = f"the Range starts past the end of the file, which is {size} bytes"
        else:
            return None
        return problem(
            416,
            "range_not_satisfiable",
            "Range not satisfiable",
            detail,
            headers={"Content-Range": f"bytes */{size}", "Accept-Ranges": "bytes"},
        )


@router.get(
    "/media/{digest}/{file_name}",
    operation_id="getMedia",
    summary="Download an attached file",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}, **problem_responses(404), 416: RANGE_REFUSED},
    description="Files of drafts are only served to editors; the public gets 404. Byte ranges are served "
    "(206); a Range that cannot be is a 416 problem with `Content-Range: bytes */<size>`.",
)
async def get_media(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    digest: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
    file_name: Annotated[str, Path(max_length=200)],
) -> FileResponse:
    visibility = await media_visibility(session=session, actor=principal, digest=digest)
    path = media_path(request.app.state.settings.media_path, digest)
    try:
        file_stat = os.stat(path) if visibility is not None else None
    except OSError:
        file_stat = None
    if file_stat is None or not stat.S_ISREG(file_stat.st_mode):
        raise NotFoundError("no such file")
    media_type = served_type(path, file_name)
    disposition = "inline" if media_type.startswith("image/") else "attachment"
    return MediaFileResponse(
        path,
        media_type=media_type,
        stat_result=file_stat,
        headers={
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(file_name)}",
            "Cache-Control": IMMUTABLE if visibility == "public" else PRIVATE_CACHE,
            "ETag": f'"{digest}"',
            "X-Content-Type-Options": "nosniff",
        },
    )
