"""The list convention shared by every collection: limit, skip, sort, search, withTotal."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

import msgspec
from litestar.di import NamedDependency
from litestar.params import QueryParameter, SkipValidation

from evserver.core.errors import InvalidInput

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
MAX_SEARCH_LENGTH = 100
# The database takes 64-bit skips; nobody pages this far.
MAX_SKIP = 1_000_000_000

T = TypeVar("T")
SortSpec = list[tuple[str, int]]


class Page(msgspec.Struct, Generic[T], kw_only=True):
    """One page of a list; `total` (all matches) only when `withTotal=true` was asked."""

    items: list[T]
    limit: int
    skip: int
    total: int | msgspec.UnsetType = msgspec.UNSET


@dataclass(frozen=True)
class ListParams:
    """The common query parameters of a list request, validated."""

    limit: int
    skip: int
    sort: str | None
    search: str | None
    with_total: bool

    def sort_by(self, allowed: Mapping[str, str], default: str) -> SortSpec:
        """The sort order: `sort` (or `default`) through `allowed` (wire name -> stored field).

        `field` sorts ascending, `-field` descending, several comma-separated; the document id
        is appended so that pages never overlap or skip an item.
        """
        spec: SortSpec = []
        for part in (self.sort or default).split(","):
            name = part.strip()
            direction = -1 if name.startswith("-") else 1
            name = name.lstrip("-+")
            if name not in allowed:
                raise InvalidInput(
                    f"cannot sort by `{name}`; sortable fields: {', '.join(sorted(allowed))}",
                    field="sort")
            spec.append((allowed[name], direction))
        if not any(field == "_id" for field, _ in spec):
            spec.append(("_id", spec[-1][1] if spec else 1))
        return spec

    def search_filter(self, fields: Sequence[str]) -> dict[str, Any]:
        """A case-insensitive substring match of `search` on any of `fields` ({} when none)."""
        if not self.search:
            return {}
        pattern = {"$regex": re.escape(self.search), "$options": "i"}
        return {"$or": [{field: pattern} for field in fields]}

    async def page(self, items: Sequence[T], count: Callable[[], Awaitable[int]]) -> Page[T]:
        """The page of `items`, counting the total (the expensive part) only if asked."""
        page = Page(items=list(items), limit=self.limit, skip=self.skip)
        if self.with_total:
            page.total = await count()
        return page


def time_range(field: str, since: datetime | None, until: datetime | None) -> dict[str, Any]:
    """A filter on `field` in `[since, until)`; naive bounds are refused (`from` / `to`).

    The upper bound is written `$nor: [{field: {$gte: until}}]`, the same as `$lt` for a field
    every document has: the embedded server's aggregate ignores `$lt` on dates, which would
    make every `withTotal` count of a time range 0.
    """
    clauses: list[dict[str, Any]] = []
    for bound, name in ((since, "from"), (until, "to")):
        if bound is not None and bound.tzinfo is None:
            raise InvalidInput("give the time zone, e.g. `2026-01-31T00:00:00Z`", field=name)
    if since is not None:
        clauses.append({field: {"$gte": since}})
    if until is not None:
        clauses.append({"$nor": [{field: {"$gte": until}}]})
    return {"$and": clauses} if clauses else {}


def provide_list_params(
    limit: Annotated[int, QueryParameter(ge=1, le=MAX_LIMIT, description="Items per page.")]
    = DEFAULT_LIMIT,
    skip: Annotated[int, QueryParameter(ge=0, le=MAX_SKIP, description="Items to skip.")] = 0,
    sort: Annotated[str | None, QueryParameter(
        max_length=200, description="`field` or `-field`, comma-separated.")] = None,
    search: Annotated[str | None, QueryParameter(
        max_length=MAX_SEARCH_LENGTH, description="Case-insensitive text to look for.")] = None,
    with_total: Annotated[bool, QueryParameter(
        name="withTotal", description="Also count every match (slower).")] = False,
) -> ListParams:
    """The list parameters of the request (a Litestar dependency)."""
    return ListParams(limit=limit, skip=skip, sort=sort, search=search or None,
                      with_total=with_total)


# How a list handler asks for its parameters.
Paging = NamedDependency[SkipValidation[ListParams]]
