"""The `ocpp` package's minimal OCPP 1.6 central system, as its examples show it: no storage.

The baseline of `bench_ocpp.py`: what a user would otherwise start from. Each handler answers
at once with the smallest valid reply. Run ``python tests/bench/ocpp_example_server.py --port N``;
it prints ``listening on ws://HOST:PORT`` when ready and stops on SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import signal
from datetime import UTC, datetime
from typing import Any

from ocpp.routing import on
from ocpp.v16 import ChargePoint as OcppChargePoint
from ocpp.v16 import call_result
from ocpp.v16.enums import Action, AuthorizationStatus, RegistrationStatus
from websockets.asyncio.server import ServerConnection, serve

_transaction_ids = itertools.count(1)


def _now() -> str:
    return datetime.now(UTC).isoformat()


class ChargePoint(OcppChargePoint):
    """One connected charge point, answering the calls a station sends during a session."""

    @on(Action.boot_notification)
    def on_boot_notification(self, charge_point_vendor: str, charge_point_model: str,
                             **kwargs: Any) -> call_result.BootNotification:
        return call_result.BootNotification(current_time=_now(), interval=300,
                                            status=RegistrationStatus.accepted)

    @on(Action.heartbeat)
    def on_heartbeat(self) -> call_result.Heartbeat:
        return call_result.Heartbeat(current_time=_now())

    @on(Action.status_notification)
    def on_status_notification(self, connector_id: int, error_code: str, status: str,
                               **kwargs: Any) -> call_result.StatusNotification:
        return call_result.StatusNotification()

    @on(Action.authorize)
    def on_authorize(self, id_tag: str) -> call_result.Authorize:
        return call_result.Authorize(id_tag_info={"status": AuthorizationStatus.accepted})

    @on(Action.start_transaction)
    def on_start_transaction(self, connector_id: int, id_tag: str, meter_start: int,
                             timestamp: str, **kwargs: Any) -> call_result.StartTransaction:
        return call_result.StartTransaction(
            transaction_id=next(_transaction_ids),
            id_tag_info={"status": AuthorizationStatus.accepted},
        )

    @on(Action.meter_values)
    def on_meter_values(self, connector_id: int, meter_value: list[dict[str, Any]],
                        **kwargs: Any) -> call_result.MeterValues:
        return call_result.MeterValues()

    @on(Action.stop_transaction)
    def on_stop_transaction(self, meter_stop: int, timestamp: str, transaction_id: int,
                            **kwargs: Any) -> call_result.StopTransaction:
        return call_result.StopTransaction()


async def on_connect(websocket: ServerConnection) -> None:
    """Serve one charge point, identified by the last segment of the path."""
    if websocket.subprotocol is None:
        await websocket.close()
        return
    path = websocket.request.path if websocket.request else "/"
    charge_point = ChargePoint(path.rstrip("/").rsplit("/", 1)[-1], websocket)
    try:
        await charge_point.start()
    except Exception:
        # The peer went away; nothing to clean up without storage.
        return


async def main(host: str, port: int) -> None:
    """Serve until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with serve(on_connect, host, port, subprotocols=["ocpp1.6"]):  # type: ignore[list-item]
        print(f"listening on ws://{host}:{port}", flush=True)
        await stop.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(args.host, args.port))
