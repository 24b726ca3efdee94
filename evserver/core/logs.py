"""Structured logging: JSON lines or plain text, with tenant / station / request context."""

from __future__ import annotations

import contextvars
import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

tenant_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("tenant", default=None)
tenant_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("tenant_id",
                                                                          default=None)
station_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("station", default=None)
request_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request", default=None)

# Attributes every LogRecord has; anything else was passed through `extra=` and is context.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}
_SECRET_HINTS = ("password", "secret", "token", "authorization")


class ContextFilter(logging.Filter):
    """Copy the current tenant, station and request ids onto each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        for name, var in (("tenant", tenant_var), ("tenant_id", tenant_id_var),
                          ("station", station_var), ("request_id", request_var)):
            if not hasattr(record, name):
                value = var.get()
                if value is not None:
                    setattr(record, name, value)
        return True


def _context(record: logging.LogRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.__dict__.items():
        if key in _STANDARD or key.startswith("_"):
            continue
        # Defence in depth: a secret passed as context by mistake never reaches the log.
        out[key] = "***" if any(h in key.lower() for h in _SECRET_HINTS) else value
    return out


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        doc.update(_context(record))
        if record.exc_info:
            doc["exception"] = self.formatException(record.exc_info)
        return json.dumps(doc, default=str)


class TextFormatter(logging.Formatter):
    """Human-readable lines with the context appended as key=value."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        ctx = _context(record)
        if ctx:
            line += " " + " ".join(f"{k}={v}" for k, v in ctx.items())
        return line


def configure_logging(level: str = "INFO", *, as_json: bool = False) -> None:
    """Install one stderr handler on the root logger (idempotent)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_evserver", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else TextFormatter())
    handler.addFilter(ContextFilter())
    handler._evserver = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    for noisy in ("pymongo", "websockets", "uvicorn.access", "httpx", "httpcore", "casbin"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
