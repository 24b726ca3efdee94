"""`/api/v1/events`: the live events of the caller's tenant, over a WebSocket or as SSE.

Both transports share the path: a WebSocket upgrade gets the socket, a plain `GET` gets a
`text/event-stream`. The access token comes as a bearer header or, since browsers cannot set
headers on either transport, as `?token=`. Each message is `{type, tenant, at, data}`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, Any, Final

from litestar import Request, WebSocket, get, websocket
from litestar.connection import ASGIConnection
from litestar.exceptions import WebSocketDisconnect
from litestar.params import QueryParameter
from litestar.response import Stream
from litestar.status_codes import WS_1001_GOING_AWAY

from evserver.api.event_stream import EndReason, EventStream, StreamClient
from evserver.api.principal import Principal
from evserver.api.problems import error_responses
from evserver.api.security import bearer_token
from evserver.auth.errors import Unauthenticated
from evserver.core.clock import utcnow
from evserver.core.errors import Forbidden

if TYPE_CHECKING:
    from evserver.app import Container

logger = logging.getLogger(__name__)

PATH: Final = "/api/v1/events"
Authenticate = Callable[[str], Awaitable[Principal]]
# Proxies drop idle HTTP responses after a minute or so; a comment line keeps SSE alive.
SSE_KEEPALIVE_S: Final = 15.0
SSE_RETRY_MS: Final = 3000
# WebSocket close codes: 4000 + the HTTP status for refusals (as Litestar does), 1013
# "try again later" for a reader that fell behind.
WS_UNAUTHORIZED: Final = 4401
WS_FORBIDDEN: Final = 4403
WS_TRY_AGAIN_LATER: Final = 1013
_WS_CLOSE: Final = {
    EndReason.TOO_SLOW: WS_TRY_AGAIN_LATER,
    EndReason.EXPIRED: WS_UNAUTHORIZED,
    EndReason.SHUTDOWN: WS_1001_GOING_AWAY,
}
# The REST authentication middleware must let these through: they read `?token=` themselves.
_OPT: Final = {"exclude_from_auth": True}


def access_token(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    """The bearer token of the `Authorization` header, else the `token` query parameter."""
    return bearer_token(connection) or connection.query_params.get("token") or None


async def authorized_principal(stream: EventStream, authenticate: Authenticate,
                               token: str | None) -> Principal:
    """The caller behind `token`, if its role may open the stream.

    Raises `Unauthenticated` (no or bad token) or `Forbidden`, answered as problem details.
    """
    if not token:
        raise Unauthenticated("the events stream needs an access token (bearer or `?token=`)")
    principal = await authenticate(token)
    if not stream.may_subscribe(principal):
        raise Forbidden(f"{principal.role} may not subscribe to Events")
    return principal


def _end_at_expiry(client: StreamClient) -> asyncio.TimerHandle:
    """Close the stream when the token expires, as a new request with it would be refused."""
    delay = (client.principal.expires_at - utcnow()).total_seconds()
    loop = asyncio.get_running_loop()
    return loop.call_later(max(delay, 0.0), client.end, EndReason.EXPIRED)


def events_handlers(container: Container, authenticate: Authenticate,
                    stream: EventStream | None = None) -> list[Any]:
    """The WebSocket and SSE handlers of `/api/v1/events`.

    `stream` is the process's fan-out; pass the one the server closes at shutdown, else the
    handlers build their own from the container's bus and authorizer.
    """
    events = stream or EventStream(container.bus, container.authorizer)

    @websocket(PATH, name="events-websocket", opt=_OPT)
    async def events_websocket(socket: WebSocket[Any, Any, Any]) -> None:
        """Stream the tenant's events over a WebSocket."""
        await socket.accept()
        try:
            principal = await authorized_principal(events, authenticate, access_token(socket))
        except Unauthenticated as exc:
            await socket.close(WS_UNAUTHORIZED, exc.message)
            return
        except Forbidden as exc:
            await socket.close(WS_FORBIDDEN, exc.message)
            return
        with events.subscribe(principal) as client:
            await _pump_websocket(socket, client)

    @get(PATH, name="events-sse", operation_id="streamEvents", tags=["Events"],
         media_type="text/event-stream", opt=_OPT, responses=error_responses(401, 403),
         summary="Live events of the caller's tenant (Server-Sent Events)",
         description="Station status, connector status and session started / updated / "
                     "stopped events, filtered by the caller's permissions. The same path "
                     "upgrades to a WebSocket. Each event is one `data:` line holding "
                     "`{type, tenant, at, data}`.")
    async def events_sse(
        request: Request[Any, Any, Any],
        token: Annotated[str | None, QueryParameter(
            description="The access token, when no bearer header can be sent.")] = None,
    ) -> Stream:
        """Stream the tenant's events as Server-Sent Events."""
        principal = await authorized_principal(events, authenticate,
                                               bearer_token(request) or token)
        return Stream(_sse_body(events, principal), media_type="text/event-stream",
                      headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    return [events_websocket, events_sse]


async def _pump_websocket(socket: WebSocket[Any, Any, Any], client: StreamClient) -> None:
    reader = asyncio.create_task(_read_until_closed(socket, client))
    expiry = _end_at_expiry(client)
    try:
        while (frame := await client.next_frame()) is not None:
            await socket.send_text(frame.text)
        ended = client.ended
        if ended is not None and ended is not EndReason.DISCONNECTED:
            await socket.close(_WS_CLOSE[ended], ended.value)
    except (WebSocketDisconnect, OSError):
        pass  # the client went away while a frame was being sent
    finally:
        expiry.cancel()
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader


async def _read_until_closed(socket: WebSocket[Any, Any, Any], client: StreamClient) -> None:
    """Read (and ignore) what the client sends, to notice when it closes."""
    try:
        while (await socket.receive())["type"] != "websocket.disconnect":
            pass
    except WebSocketDisconnect:
        pass
    client.end(EndReason.DISCONNECTED)


async def _sse_body(events: EventStream, principal: Principal) -> AsyncIterator[bytes]:
    # Subscribing here, not in the handler, ties the subscription to the generator's life:
    # its `finally` runs however the response ends.
    with events.subscribe(principal) as client:
        expiry = _end_at_expiry(client)
        try:
            yield f"retry: {SSE_RETRY_MS}\n\n".encode()
            while True:
                frame = await client.next_frame(idle_timeout=SSE_KEEPALIVE_S)
                if frame is not None:
                    yield frame.sse
                elif client.ended is None:
                    yield b": keep-alive\n\n"
                else:
                    break
        finally:
            expiry.cancel()
