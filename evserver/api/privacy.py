"""Anonymising personal data for callers whose view is `[hidden]` (Demo, support)."""

from __future__ import annotations

from typing import TypeVar

HIDDEN = "[hidden]"

T = TypeVar("T", bound=str | None)


def masked(value: T, hidden: bool) -> T | str:
    """`value`, or the placeholder when it must be hidden (a missing value stays missing)."""
    if hidden and value is not None:
        return HIDDEN
    return value
