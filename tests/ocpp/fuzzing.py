"""Generated OCPP inputs shared by the OCPP-J and OCPP-S fuzz tests.

`make test` runs a fixed set of examples. A deeper, random search:
``EVSERVER_FUZZ_EXAMPLES=40 EVSERVER_FUZZ_RANDOM=1 pytest tests/ocpp -k fuzz
--hypothesis-seed=N`` (25 examples per unit of EVSERVER_FUZZ_EXAMPLES and test).
"""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("EVSERVER_FUZZ_EXAMPLES", "8")) * 25
# Derandomized unless asked, and without an example database (nothing written into the
# repository).
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize="EVSERVER_FUZZ_RANDOM" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow])

# Field names the 1.6 and 2.0.1 schemas use, so generated payloads get past the first checks.
FIELDS = [
    "chargePointVendor", "chargePointModel", "connectorId", "evseId", "idTag", "idToken",
    "type", "meterStart", "meterStop", "timestamp", "transactionId", "transactionInfo",
    "meterValue", "sampledValue", "value", "measurand", "unit", "context", "phase",
    "status", "errorCode", "info", "reason", "eventType", "triggerReason", "seqNo",
    "reservationId", "vendorId", "messageId", "data", "connectorStatus", "chargingStation",
    "model", "vendorName", "requestId", "reportData", "component", "variable", "name",
    "transactionData", "offline", "numberOfPhasesUsed", "csr", "techInfo", "firmware",
]

scalars = (st.none() | st.booleans() | st.integers(-(2**63), 2**63) |
           st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30) |
           st.sampled_from(["2026-11-23T10:00:00Z", "Accepted", "Wh", "kWh", "1", "-1", ""]))
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(FIELDS) | st.text(max_size=12), children, max_size=5),
    max_leaves=20)
payloads = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6)


ODD_STRINGS = st.sampled_from([
    "", " ", "NaN", "Infinity", "-0", "1e309", "-5", "9" * 40, "0x10", "1,5",
    "2026-02-30T10:00:00Z", "2026-11-23T10:00:00", "2026-11-23", "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z", "2026-11-23T10:00:00+14:00", "\u0000", "é" * 30, "$set", "a.b"])


def like(value: Any) -> st.SearchStrategy[Any]:
    """Values of the same JSON type as `value`, many of them odd."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(-(2**63), 2**63) | st.sampled_from([0, -1, 2**31, 2**53 + 1])
    if isinstance(value, float):
        return st.floats(allow_nan=False, allow_infinity=False)
    if isinstance(value, str):
        return ODD_STRINGS | st.text(max_size=40)
    return json_values


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside nested dicts and lists."""
    found: list[tuple[Any, ...]] = [prefix] if prefix else []
    items = value.items() if isinstance(value, dict) else (
        enumerate(value) if isinstance(value, list) else ())
    for key, child in items:
        found += paths(child, (*prefix, key))
    return found


def mutate(data: st.DataObject, value: Any) -> Any:
    """A copy of `value` with one element changed (often to one of its own type) or removed."""
    value = json.loads(json.dumps(value))
    path = data.draw(st.sampled_from(paths(value)))
    parent = value
    for key in path[:-1]:
        parent = parent[key]
    change = data.draw(st.sampled_from(["same type", "same type", "any value", "remove"]))
    if change == "remove" and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        current = parent[path[-1]]
        parent[path[-1]] = data.draw(like(current) if change == "same type" else json_values)
    return value
