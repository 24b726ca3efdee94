"""E-mails about accounts, written to the outbox for the notifications module to deliver."""

from __future__ import annotations

import contextlib
from typing import Any

from evserver.core.errors import AlreadyExists
from evserver.storage.documents.outbox import OutboxMessage
from evserver.storage.documents.user import User
from evserver.storage.repository import TenantRepository

outbox = TenantRepository(OutboxMessage)

VERIFY_EMAIL = "verify_email"
PASSWORD_RESET = "password_reset"  # noqa: S105 - a message kind
ACCOUNT_CREATED = "account_created"


async def enqueue_account_email(user: User, kind: str, key: str, data: dict[str, Any]) -> None:
    """Queue the e-mail `kind` to `user`; `key` makes a second enqueue of the same one a no-op."""
    message = OutboxMessage(
        tenant_id=user.tenant_id, channel="email", kind=kind,
        payload={"to": user.email, "userId": user.id, "locale": user.locale,
                 "firstName": user.first_name, **data},
        idempotency_key=f"{kind}:{user.id}:{key}",
    )
    # A second enqueue of the same e-mail (a retried request) is a no-op.
    with contextlib.suppress(AlreadyExists):
        await outbox.insert(user.tenant_id, message)
