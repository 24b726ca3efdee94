"""2.x variables as configuration keys, and the cache of reported values."""

from __future__ import annotations

import pytest

from evserver.app import Container
from evserver.charging.device_model import (
    OCPP16_KEYS,
    VariableRef,
    parse_key,
    store_reported_values,
)
from evserver.storage.documents import ChargingStation
from evserver.storage.repository import TenantRepository

pytestmark = pytest.mark.asyncio(loop_scope="session")

KEYS = {
    "OCPPCommCtrlr/HeartbeatInterval": VariableRef("OCPPCommCtrlr", "HeartbeatInterval"),
    "EVSE#1/AvailabilityState": VariableRef("EVSE", "AvailabilityState", evse_id=1),
    "Connector#1:2/ConnectorType": VariableRef("Connector", "ConnectorType", evse_id=1,
                                               connector_id=2),
    "SampledDataCtrlr(Main)/TxUpdatedMeasurands(Extra)": VariableRef(
        "SampledDataCtrlr", "TxUpdatedMeasurands", component_instance="Main",
        variable_instance="Extra"),
    "Meter.Ctrl(A)#3/Energy.Total": VariableRef("Meter.Ctrl", "Energy.Total",
                                                component_instance="A", evse_id=3),
}


@pytest.mark.parametrize("key", list(KEYS))
async def test_keys_parse_to_their_variable_and_back(key: str) -> None:
    assert parse_key(key) == KEYS[key]
    assert KEYS[key].key == key


@pytest.mark.parametrize("key", ["HeartbeatIntervalX", "A/B/C", "A#x/B", "A(/B", "/B", "A/",
                                 "A#1:/B"])
async def test_other_keys_name_no_variable(key: str) -> None:
    assert parse_key(key) is None


async def test_1_6_keys_name_their_2x_variable() -> None:
    assert parse_key("HeartbeatInterval") == VariableRef("OCPPCommCtrlr", "HeartbeatInterval")
    assert parse_key("TransactionMessageAttempts") == VariableRef(
        "OCPPCommCtrlr", "MessageAttempts", variable_instance="TransactionEvent")
    assert all(parse_key(ref.key) == ref for ref in OCPP16_KEYS.values())


async def test_reported_values_merge_into_the_configuration(container: Container) -> None:
    tenant = await container.tenants.create("acme", "Acme")
    station = await container.stations.add(tenant.id, "CS1")
    await store_reported_values(station, {"OCPPCommCtrlr/HeartbeatInterval": "300",
                                          "EVSE#1/AvailabilityState": "Available"})
    await store_reported_values(station, {"OCPPCommCtrlr/HeartbeatInterval": "60",
                                          "Meter.Ctrl/X": "skipped: a dot is a path",
                                          "SecurityCtrlr/BasicAuthPassword": None})
    stored = await TenantRepository(ChargingStation).get(tenant.id, station.id)
    assert stored is not None
    assert stored.configuration == {"OCPPCommCtrlr/HeartbeatInterval": "60",
                                    "EVSE#1/AvailabilityState": "Available",
                                    "SecurityCtrlr/BasicAuthPassword": None}
