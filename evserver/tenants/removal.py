"""Deleting a tenant together with everything stored for it."""

from __future__ import annotations

import logging
from typing import Any

from evserver.core.errors import Conflict
from evserver.storage.documents import ALL_DOCUMENTS
from evserver.storage.documents.tenant import Tenant

logger = logging.getLogger(__name__)


async def delete_tenant(tenant: Tenant) -> int:
    """Delete `tenant` and every document of it in any collection; return how many went.

    The platform tenant holds the SuperAdmins and cannot be deleted.
    """
    if tenant.is_platform:
        raise Conflict("the platform tenant cannot be deleted")
    removed = 0
    for model in ALL_DOCUMENTS:
        if model is Tenant or "tenant_id" not in model.model_fields:
            continue
        collection: Any = model.get_pymongo_collection()
        result = await collection.delete_many({"tenant_id": tenant.id})
        removed += int(result.deleted_count)
    await tenant.delete()
    logger.info("tenant deleted", extra={"tenant": tenant.slug, "documents": removed})
    return removed
