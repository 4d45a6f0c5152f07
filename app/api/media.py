"""/media: uploaded attachments, served by content address with download and caching headers."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import FileResponse

from app.api.deps import CurrentPrincipal, SessionDep
from app.api.http import PRIVATE_CACHE
from app.api.schemas import problem_responses
from app.errors import NotFoundError
from app.services.attachments import media_path, media_visibility, served_type

router = APIRouter(tags=["media"])
# The name of a file is its content's SHA-256, so a URL always means the same bytes.
IMMUTABLE = "public, max-age=31536000, immutable"


@router.get(
    "/media/{digest}/{file_name}",
    operation_id="getMedia",
    summary="Download an attached file",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}, **problem_responses(404)},
    description="Files of drafts are only served to editors; the public gets 404.",
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
    if visibility is None or not path.is_file():
        raise NotFoundError("no such file")
    media_type = served_type(path, file_name)
    disposition = "inline" if media_type.startswith("image/") else "attachment"
    return FileResponse(
        path,
        media_type=media_type,
        headers={
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(file_name)}",
            "Cache-Control": IMMUTABLE if visibility == "public" else PRIVATE_CACHE,
            "ETag": f'"{digest}"',
            "X-Content-Type-Options": "nosniff",
        },
    )
