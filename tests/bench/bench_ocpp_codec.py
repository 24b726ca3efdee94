"""Micro-benchmark: decode + validate a typical OCPP 1.6 MeterValues frame.

Run with ``python tests/bench/bench_ocpp_codec.py``. Compares evserver's msgspec layer with the
jsonschema validation of the ``ocpp`` package, both fed the same text frame.
"""

import asyncio
import timeit
from collections.abc import Callable

import ocpp.messages

from evserver.ocpp.json import frames, messages

FRAME = (
    '[2,"b7f3c1d2-5e4a-4c8b-9a1f-3d2e6f7a8b90","MeterValues",{"connectorId":1,'
    '"transactionId":1287,"meterValue":[{"timestamp":"2025-03-14T09:26:53Z","sampledValue":['
    '{"value":"123456.7","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register",'
    '"location":"Outlet","unit":"Wh"},'
    '{"value":"11040","context":"Sample.Periodic","measurand":"Power.Active.Import",'
    '"location":"Outlet","unit":"W"},'
    '{"value":"16.0","context":"Sample.Periodic","measurand":"Current.Import","phase":"L1",'
    '"location":"Outlet","unit":"A"},'
    '{"value":"16.0","context":"Sample.Periodic","measurand":"Current.Import","phase":"L2",'
    '"location":"Outlet","unit":"A"},'
    '{"value":"16.0","context":"Sample.Periodic","measurand":"Current.Import","phase":"L3",'
    '"location":"Outlet","unit":"A"},'
    '{"value":"230.1","context":"Sample.Periodic","measurand":"Voltage","phase":"L1-N",'
    '"location":"Outlet","unit":"V"},'
    '{"value":"54","context":"Sample.Periodic","measurand":"SoC","location":"EV",'
    '"unit":"Percent"}]}]}]'
)


def evserver_decode() -> None:
    """Parse the frame and decode its payload into the generated struct."""
    call = frames.parse_frame(FRAME, "ocpp1.6")
    assert isinstance(call, frames.Call)
    messages.decode_request("ocpp1.6", call.action, call.payload)


def ocpp_validate_sync() -> None:
    """Parse the frame with ``ocpp`` and validate it with jsonschema, in the calling thread."""
    ocpp.messages._validate_payload(ocpp.messages.unpack(FRAME), "1.6")


def ocpp_validate_async(loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
    """``ocpp.messages.validate_payload`` as the package runs it: in the default thread pool."""

    def run() -> None:
        loop.run_until_complete(ocpp.messages.validate_payload(ocpp.messages.unpack(FRAME), "1.6"))

    return run


def per_call_us(func: Callable[[], None], number: int) -> float:
    """Return the best of five runs of ``number`` calls, in microseconds per call."""
    func()
    return min(timeit.repeat(func, number=number, repeat=5)) / number * 1e6


def main() -> None:
    """Print microseconds per decoded frame for each implementation."""
    loop = asyncio.new_event_loop()
    try:
        rows = [
            ("evserver (msgspec frame + payload)", per_call_us(evserver_decode, 20_000)),
            ("ocpp unpack + jsonschema, same thread", per_call_us(ocpp_validate_sync, 500)),
            (
                "ocpp unpack + validate_payload (thread pool)",
                per_call_us(ocpp_validate_async(loop), 500),
            ),
        ]
    finally:
        loop.close()
    print(f"OCPP 1.6 MeterValues frame, {len(FRAME)} bytes, 7 sampled values")
    for name, us in rows:
        print(f"  {name:<46} {us:8.2f} us/frame")
    print(f"  speed-up vs same-thread jsonschema: {rows[1][1] / rows[0][1]:.0f}x")


if __name__ == "__main__":
    main()
