FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    WEB_CONCURRENCY=2

WORKDIR /app
COPY pyproject.toml README.md gunicorn.conf.py ./
COPY schemas ./schemas
COPY service ./service
RUN pip install . \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin claimdesk

USER claimdesk
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
# gunicorn.conf.py (in /app) sets workers from WEB_CONCURRENCY, timeouts and graceful shutdown.
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "service:create_app()"]
