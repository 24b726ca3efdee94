"""One source of time, so tests and jobs agree on what "now" is."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Return the current instant as a timezone-aware UTC datetime, truncated to milliseconds."""
    now = datetime.now(UTC)
    # MongoDB keeps milliseconds only; truncating here makes stored and in-memory values equal.
    return now.replace(microsecond=now.microsecond - now.microsecond % 1000)


def as_utc(value: datetime) -> datetime:
    """Return `value` as an aware UTC datetime (naive values are taken as UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
