"""Tenant-scoped repositories: the tenant is the first argument of every method, and every query."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from pymongo.errors import DuplicateKeyError

from evserver.core.clock import utcnow
from evserver.core.errors import AlreadyExists
from evserver.storage.documents.base import TenantDocument

D = TypeVar("D", bound=TenantDocument)
Sort = Sequence[tuple[str, int]]


def indexed_filter(filters: Mapping[str, Any]) -> dict[str, Any]:
    """`filters` with top-level scalar equalities written as `$eq` (see `_explicit_eq`)."""
    return {key: _explicit_eq(key, value) for key, value in filters.items()}


def _explicit_eq(key: str, value: Any) -> Any:
    """`{"field": v}` written as `{"field": {"$eq": v}}` for top-level scalar fields.

    MongoDB treats both the same. The embedded server compiles the short form into an
    array-membership test that no index can serve, and the explicit form into a plain
    comparison its indexes serve (0.9 ms instead of 135 ms for a sorted page of 100k).
    """
    if key.startswith("$") or "." in key or key == "_id":
        return value
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return {"$eq": value}
    return value


class TenantRepository(Generic[D]):
    """CRUD for one tenant-scoped document class; no method can reach another tenant's data."""

    def __init__(self, model: type[D]) -> None:
        self.model = model

    @property
    def collection(self) -> Any:
        """The underlying PyMongo collection (for atomic updates)."""
        return self.model.get_pymongo_collection()

    @staticmethod
    def _scoped(tenant_id: str, filters: Mapping[str, Any] | None) -> dict[str, Any]:
        if not tenant_id:
            raise ValueError("tenant_id is required")
        query = indexed_filter(filters or {})
        # The tenant always wins: a caller-supplied tenant_id cannot widen the scope.
        query["tenant_id"] = {"$eq": tenant_id}
        return query

    def _load(self, raw: Mapping[str, Any] | None) -> D | None:
        return None if raw is None else self.model.model_validate(raw)

    async def get(self, tenant_id: str, doc_id: str) -> D | None:
        """The document with this id in this tenant, or None."""
        raw = await self.collection.find_one(self._scoped(tenant_id, {"_id": doc_id}))
        return self._load(raw)

    async def find_one(self, tenant_id: str, filters: Mapping[str, Any]) -> D | None:
        """The first document of this tenant matching `filters`, or None."""
        return self._load(await self.collection.find_one(self._scoped(tenant_id, filters)))

    async def find(
        self,
        tenant_id: str,
        filters: Mapping[str, Any] | None = None,
        *,
        sort: Sort | None = None,
        skip: int = 0,
        limit: int = 50,
    ) -> list[D]:
        """A page of this tenant's documents matching `filters`."""
        cursor = self.collection.find(self._scoped(tenant_id, filters))
        if sort:
            cursor = cursor.sort(list(sort))
        if skip:
            cursor = cursor.skip(skip)
        if limit:
            cursor = cursor.limit(limit)
        return [self.model.model_validate(raw) async for raw in cursor]

    async def find_raw(
        self,
        tenant_id: str,
        filters: Mapping[str, Any] | None = None,
        *,
        fields: Sequence[str],
        limit: int = 0,
    ) -> list[dict[str, Any]]:
        """Plain documents with only `fields`, in storage order: for hot read paths that
        would otherwise spend most of their time building models."""
        projection = dict.fromkeys(fields, 1)
        # One large batch: the embedded server otherwise answers in batches of ~100 documents,
        # one round trip each.
        cursor = self.collection.find(self._scoped(tenant_id, filters), projection,
                                      batch_size=limit or 10_000)
        if limit:
            cursor = cursor.limit(limit)
        return [raw async for raw in cursor]

    async def count(self, tenant_id: str, filters: Mapping[str, Any] | None = None) -> int:
        """How many of this tenant's documents match (an aggregate `$count`, cheap everywhere)."""
        pipeline = [{"$match": self._scoped(tenant_id, filters)}, {"$count": "n"}]
        cursor = await self.collection.aggregate(pipeline)
        async for row in cursor:
            return int(row["n"])
        return 0

    async def insert(self, tenant_id: str, doc: D) -> D:
        """Store a new document in this tenant; a taken unique key raises `AlreadyExists`."""
        if doc.tenant_id != tenant_id:
            raise ValueError("document belongs to another tenant")
        try:
            await self.collection.insert_one(doc.model_dump(by_alias=True))
        except DuplicateKeyError:
            raise AlreadyExists(f"{self.model.__name__} already exists") from None
        return doc

    async def update(self, tenant_id: str, doc_id: str, changes: Mapping[str, Any]) -> D | None:
        """Apply `$set` of `changes` to one document of this tenant and return the new state."""
        values = dict(changes)
        values.pop("tenant_id", None)
        values["updated_at"] = utcnow()
        try:
            # update_one, not find_one_and_update: the embedded server reports a unique-key
            # violation only for the former.
            result = await self.collection.update_one(
                self._scoped(tenant_id, {"_id": doc_id}), {"$set": values}
            )
        except DuplicateKeyError:
            raise AlreadyExists(f"{self.model.__name__} already exists") from None
        if not result.matched_count:
            return None
        return await self.get(tenant_id, doc_id)

    async def update_many(self, tenant_id: str, filters: Mapping[str, Any],
                          update: Mapping[str, Any]) -> int:
        """Apply an update document to this tenant's documents matching `filters`."""
        result = await self.collection.update_many(self._scoped(tenant_id, filters), update)
        return int(result.matched_count)

    async def delete(self, tenant_id: str, doc_id: str) -> bool:
        """Delete one document of this tenant; tell whether it existed."""
        result = await self.collection.delete_one(self._scoped(tenant_id, {"_id": doc_id}))
        return bool(result.deleted_count)

    async def delete_many(self, tenant_id: str, filters: Mapping[str, Any] | None = None) -> int:
        """Delete this tenant's documents matching `filters`; return how many."""
        result = await self.collection.delete_many(self._scoped(tenant_id, filters))
        return int(result.deleted_count)
