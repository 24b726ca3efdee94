"""Secrets the server makes itself, and masking for display."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import Any

import msgspec

from evserver.settings.model import Settings

_SECRET_KEYS = ("password", "secret", "tls_key")
_URL_PASSWORD = re.compile(r"(?P<pre>://[^:/@]+:)(?P<pw>[^@]+)(?P<post>@)")


def resolve_jwt_secret(settings: Settings) -> str:
    """Return the configured JWT secret, or one generated once and kept in `jwt_secret_file`."""
    if settings.rest.jwt_secret:
        return settings.rest.jwt_secret
    path = Path(settings.rest.jwt_secret_file)
    if path.is_file():
        value = path.read_text().strip()
        if value:
            return value
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value + "\n")
    return value


def masked(settings: Settings) -> dict[str, Any]:
    """The settings as plain data with every secret replaced by `***`."""
    data: dict[str, Any] = _mask(msgspec.to_builtins(settings))
    return data


def _mask(node: Any, key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _mask(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_mask(v, key) for v in node]
    if isinstance(node, str):
        if any(s in key for s in _SECRET_KEYS) and not key.endswith("_file") and node:
            return "***"
        return _URL_PASSWORD.sub(r"\g<pre>***\g<post>", node)
    return node
