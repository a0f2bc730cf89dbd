"""Configuration from CLAIMDESK_* environment variables, checked at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_BATCH = 100
# Real articles hold tens of claims, data-heavy ones a few thousand. Each claim costs about
# 50 µs and 280 bytes of answer: the cap keeps a claim-dense body of CLAIMDESK_MAX_BYTES from
# running past the worker timeout or filling its memory.
DEFAULT_MAX_CLAIMS = 10_000


class ConfigError(ValueError):
    """A CLAIMDESK_* variable has a value claimdesk cannot use."""


def from_environment(environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """Flask config keys read from the environment, with defaults."""
    return {
        "MAX_CONTENT_LENGTH": _positive_int(environ, "CLAIMDESK_MAX_BYTES", DEFAULT_MAX_BYTES),
        "CLAIMDESK_LOG_LEVEL": _choice(
            environ, "CLAIMDESK_LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR")
        ),
        "CLAIMDESK_MAX_BATCH": _positive_int(environ, "CLAIMDESK_MAX_BATCH", DEFAULT_MAX_BATCH),
        "CLAIMDESK_MAX_CLAIMS": _positive_int(environ, "CLAIMDESK_MAX_CLAIMS", DEFAULT_MAX_CLAIMS),
        "CLAIMDESK_API_KEYS": _keys(environ, "CLAIMDESK_API_KEYS"),
    }


def _keys(environ: Mapping[str, str], name: str) -> tuple[str, ...]:
    """Comma-separated API keys; empty means no key is needed."""
    keys = tuple(k.strip() for k in environ.get(name, "").split(",") if k.strip())
    short = [k for k in keys if len(k) < 16]
    if short:
        raise ConfigError(f"{name}: every key must be at least 16 characters long")
    return keys


def _positive_int(environ: Mapping[str, str], name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if value < 1:
        raise ConfigError(f"{name} must be at least 1, not {value}")
    return value


def _choice(environ: Mapping[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = environ.get(name, default).strip().upper() or default
    if raw not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
    return raw
