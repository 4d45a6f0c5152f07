# Production image: the API (uvicorn) and the sync worker share it; see docker-compose.yml.
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir uv
WORKDIR /srv
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY app ./app
COPY alembic ./alembic
COPY alembic.ini ./
RUN uv sync --frozen --no-dev && useradd --system --uid 10001 kennisbank
USER kennisbank
ENV PATH="/srv/.venv/bin:$PATH" KENNISBANK_ENV=production
EXPOSE 8000
CMD ["kennisbank", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "4"]
