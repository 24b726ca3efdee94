"""Request ids: taken from `X-Request-ID` (or made up), put in every log line and echoed back."""

from __future__ import annotations

import re
import uuid

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from evserver.core.logs import request_var, tenant_var

HEADER = "x-request-id"
# A caller's id is reused only if it cannot smuggle anything into logs or headers.
_ACCEPTABLE = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def request_id_middleware(app: ASGIApp) -> ASGIApp:
    """Wrap `app` so each HTTP request carries a request id in logs and in its response."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return
        incoming = ""
        for name, value in scope["headers"]:
            if name == HEADER.encode():
                incoming = value.decode("latin-1")
                break
        request_id = incoming if _ACCEPTABLE.match(incoming) else uuid.uuid4().hex
        token = request_var.set(request_id)
        # The tenant is learnt from the token later; start each request without one.
        tenant_token = tenant_var.set(None)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((HEADER.encode(), request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await app(scope, receive, send_with_id)
        finally:
            tenant_var.reset(tenant_token)
            request_var.reset(token)

    return middleware
