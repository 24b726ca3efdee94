"""OCPP 2.x device model variables as configuration keys, and the station's cache of them.

A 2.x station has no flat configuration keys: it has variables of components. The server shows
them with one key syntax wherever a 1.6 configuration key would appear (REST bodies and
replies, ``ChargingStation.configuration``)::

    key       = component "/" variable
    component = name ["(" instance ")"] ["#" evseId [":" connectorId]]
    variable  = name ["(" instance ")"]

for example ``OCPPCommCtrlr/HeartbeatInterval``, ``EVSE#1/AvailabilityState``,
``Connector#1:2/ConnectorType`` or ``OCPPCommCtrlr/MessageAttempts(TransactionEvent)``.
``/``, ``(``, ``)`` and ``#`` cannot occur in a 2.x identifier, so every key parses one way;
``.`` can, and it is also MongoDB's path separator, which is why it is not the separator
(square brackets would read as well, but the embedded server drops ``$set`` paths that
contain them).
The attribute is always ``Actual``. The standard 1.6 keys that have a 2.x counterpart
(``HeartbeatInterval``...) are accepted as aliases of it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from evserver.charging.stations import stations
from evserver.storage.documents.station import ChargingStation
from evserver.storage.values import is_field_name

logger = logging.getLogger(__name__)

_KEY: Final = re.compile(
    r"(?P<component>[^/()#]+)(?:\((?P<component_instance>[^/()#]+)\))?"
    r"(?:#(?P<evse_id>\d+)(?::(?P<connector_id>\d+))?)?"
    r"/(?P<variable>[^/()#]+)(?:\((?P<variable_instance>[^/()#]+)\))?"
)


@dataclass(frozen=True, slots=True)
class VariableRef:
    """One variable of one component, as a 2.x station addresses it."""

    component: str
    variable: str
    component_instance: str | None = None
    variable_instance: str | None = None
    evse_id: int | None = None
    connector_id: int | None = None

    @property
    def key(self) -> str:
        """The configuration key of this variable."""
        component = self.component
        if self.component_instance is not None:
            component += f"({self.component_instance})"
        if self.evse_id is not None:
            component += f"#{self.evse_id}"
            if self.connector_id is not None:
                component += f":{self.connector_id}"
        variable = self.variable
        if self.variable_instance is not None:
            variable += f"({self.variable_instance})"
        return f"{component}/{variable}"


# 1.6 keys of the core and smart charging profiles with the variable OCPP 2.0.1 moved them to.
OCPP16_KEYS: Final[Mapping[str, VariableRef]] = {
    "AllowOfflineTxForUnknownId": VariableRef("AuthCtrlr", "OfflineTxForUnknownIdEnabled"),
    "AuthorizationCacheEnabled": VariableRef("AuthCacheCtrlr", "Enabled"),
    "AuthorizeRemoteTxRequests": VariableRef("AuthCtrlr", "AuthorizeRemoteStart"),
    "ChargeProfileMaxStackLevel": VariableRef("SmartChargingCtrlr", "ProfileStackLevel"),
    "ChargingScheduleAllowedChargingRateUnit": VariableRef("SmartChargingCtrlr", "RateUnit"),
    "ChargingScheduleMaxPeriods": VariableRef("SmartChargingCtrlr", "PeriodsPerSchedule"),
    "ClockAlignedDataInterval": VariableRef("AlignedDataCtrlr", "Interval"),
    "ConnectionTimeOut": VariableRef("TxCtrlr", "EVConnectionTimeOut"),
    "HeartbeatInterval": VariableRef("OCPPCommCtrlr", "HeartbeatInterval"),
    "LocalAuthListEnabled": VariableRef("LocalAuthListCtrlr", "Enabled"),
    "LocalAuthorizeOffline": VariableRef("AuthCtrlr", "LocalAuthorizeOffline"),
    "LocalPreAuthorize": VariableRef("AuthCtrlr", "LocalPreAuthorize"),
    "MeterValueSampleInterval": VariableRef("SampledDataCtrlr", "TxUpdatedInterval"),
    "MeterValuesAlignedData": VariableRef("AlignedDataCtrlr", "Measurands"),
    "MeterValuesSampledData": VariableRef("SampledDataCtrlr", "TxUpdatedMeasurands"),
    "ResetRetries": VariableRef("OCPPCommCtrlr", "ResetRetries"),
    "SendLocalListMaxLength": VariableRef("LocalAuthListCtrlr", "ItemsPerMessage"),
    "StopTransactionOnEVSideDisconnect": VariableRef("TxCtrlr", "StopTxOnEVSideDisconnect"),
    "StopTransactionOnInvalidId": VariableRef("TxCtrlr", "StopTxOnInvalidId"),
    "StopTxnAlignedData": VariableRef("AlignedDataCtrlr", "TxEndedMeasurands"),
    "StopTxnSampledData": VariableRef("SampledDataCtrlr", "TxEndedMeasurands"),
    "TransactionMessageAttempts": VariableRef(
        "OCPPCommCtrlr", "MessageAttempts", variable_instance="TransactionEvent"),
    "TransactionMessageRetryInterval": VariableRef(
        "OCPPCommCtrlr", "MessageAttemptInterval", variable_instance="TransactionEvent"),
    "WebSocketPingInterval": VariableRef("OCPPCommCtrlr", "WebSocketPingInterval"),
}


def parse_key(key: str) -> VariableRef | None:
    """The variable a configuration key names, or None when it names none.

    A key in the ``Component/Variable`` syntax names that variable; a 1.6 key names its 2.x
    counterpart when it has one.
    """
    alias = OCPP16_KEYS.get(key)
    if alias is not None:
        return alias
    match = _KEY.fullmatch(key)
    if match is None:
        return None
    evse_id, connector_id = match["evse_id"], match["connector_id"]
    return VariableRef(
        component=match["component"], variable=match["variable"],
        component_instance=match["component_instance"],
        variable_instance=match["variable_instance"],
        evse_id=int(evse_id) if evse_id is not None else None,
        connector_id=int(connector_id) if connector_id is not None else None)


async def store_reported_values(station: ChargingStation,
                                values: Mapping[str, str | None]) -> None:
    """Merge variable values a station reported into its configuration cache."""
    changes: dict[str, str | None] = {}
    for key, value in values.items():
        # One `$set` path per key keeps concurrent reports from overwriting each other; a
        # name with a dot (legal in 2.x, a path separator to MongoDB) cannot be a path.
        if not is_field_name(key):
            logger.debug("variable not cached", extra={
                "tenant": station.tenant_id, "station": station.station_id, "key": key})
            continue
        changes[f"configuration.{key}"] = value
    if changes:
        await stations.collection.update_one(
            {"tenant_id": station.tenant_id, "_id": station.id}, {"$set": changes})
