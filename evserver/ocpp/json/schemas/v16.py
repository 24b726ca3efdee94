"""OCPP 1.6 payload types, generated from the JSON schemas of ocpp 2.1.0.

Do not edit: regenerate with ``python -m evserver.ocpp.json.schemas.generate``.
"""

from typing import Annotated, Final, Literal, TypeAlias

from msgspec import Meta, field

from evserver.ocpp.json.schemas import AwareDatetime, INT64_MAX, INT64_MIN, Payload


AuthorizeResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Blocked",
    "Expired",
    "Invalid",
    "ConcurrentTx",
]


BootNotificationResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Pending",
    "Rejected",
]


CancelReservationResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


CertificateSignedStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


CertificateUseEnumType: TypeAlias = Literal[
    "CentralSystemRootCertificate",
    "ManufacturerRootCertificate",
]


ChangeAvailabilityRequestType: TypeAlias = Literal[
    "Inoperative",
    "Operative",
]


ChangeAvailabilityResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Scheduled",
]


ChangeConfigurationResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "RebootRequired",
    "NotSupported",
]


ChargingProfileKind: TypeAlias = Literal[
    "Absolute",
    "Recurring",
    "Relative",
]


ChargingProfilePurpose: TypeAlias = Literal[
    "ChargePointMaxProfile",
    "TxDefaultProfile",
    "TxProfile",
]


ChargingRateUnit: TypeAlias = Literal[
    "A",
    "W",
]


ClearCacheResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


ClearChargingProfileResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Unknown",
]


Context: TypeAlias = Literal[
    "Interruption.Begin",
    "Interruption.End",
    "Sample.Clock",
    "Sample.Periodic",
    "Transaction.Begin",
    "Transaction.End",
    "Trigger",
    "Other",
]


DataTransferResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "UnknownMessageId",
    "UnknownVendorId",
]


DeleteCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Failed",
    "NotFound",
]


DiagnosticsStatusNotificationRequestStatus: TypeAlias = Literal[
    "Idle",
    "Uploaded",
    "UploadFailed",
    "Uploading",
]


ErrorCode: TypeAlias = Literal[
    "ConnectorLockFailure",
    "EVCommunicationError",
    "GroundFailure",
    "HighTemperature",
    "InternalError",
    "LocalListConflict",
    "NoError",
    "OtherError",
    "OverCurrentFailure",
    "PowerMeterFailure",
    "PowerSwitchFailure",
    "ReaderFailure",
    "ResetFailure",
    "UnderVoltage",
    "OverVoltage",
    "WeakSignal",
]


FirmwareStatusEnumType: TypeAlias = Literal[
    "Downloaded",
    "DownloadFailed",
    "Downloading",
    "DownloadScheduled",
    "DownloadPaused",
    "Idle",
    "InstallationFailed",
    "Installing",
    "Installed",
    "InstallRebooting",
    "InstallScheduled",
    "InstallVerificationFailed",
    "InvalidSignature",
    "SignatureVerified",
]


FirmwareStatusNotificationRequestStatus: TypeAlias = Literal[
    "Downloaded",
    "DownloadFailed",
    "Downloading",
    "Idle",
    "InstallationFailed",
    "Installing",
    "Installed",
]


Format: TypeAlias = Literal[
    "Raw",
    "SignedData",
]


GenericStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


GetCompositeScheduleResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


GetInstalledCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "NotFound",
]


HashAlgorithmEnumType: TypeAlias = Literal[
    "SHA256",
    "SHA384",
    "SHA512",
]


InstallCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Failed",
    "Rejected",
]


Location: TypeAlias = Literal[
    "Cable",
    "EV",
    "Inlet",
    "Outlet",
    "Body",
]


LogEnumType: TypeAlias = Literal[
    "DiagnosticsLog",
    "SecurityLog",
]


LogStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "AcceptedCanceled",
]


Measurand: TypeAlias = Literal[
    "Energy.Active.Export.Register",
    "Energy.Active.Import.Register",
    "Energy.Reactive.Export.Register",
    "Energy.Reactive.Import.Register",
    "Energy.Active.Export.Interval",
    "Energy.Active.Import.Interval",
    "Energy.Reactive.Export.Interval",
    "Energy.Reactive.Import.Interval",
    "Power.Active.Export",
    "Power.Active.Import",
    "Power.Offered",
    "Power.Reactive.Export",
    "Power.Reactive.Import",
    "Power.Factor",
    "Current.Import",
    "Current.Export",
    "Current.Offered",
    "Voltage",
    "Frequency",
    "Temperature",
    "SoC",
    "RPM",
]


MessageTriggerEnumType: TypeAlias = Literal[
    "BootNotification",
    "LogStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "SignChargePointCertificate",
    "StatusNotification",
]


MeterValuesRequestUnit: TypeAlias = Literal[
    "Wh",
    "kWh",
    "varh",
    "kvarh",
    "W",
    "kW",
    "VA",
    "kVA",
    "var",
    "kvar",
    "A",
    "V",
    "K",
    "Celcius",
    "Celsius",
    "Fahrenheit",
    "Percent",
    "Hertz",
]


Phase: TypeAlias = Literal[
    "L1",
    "L2",
    "L3",
    "N",
    "L1-N",
    "L2-N",
    "L3-N",
    "L1-L2",
    "L2-L3",
    "L3-L1",
]


Reason: TypeAlias = Literal[
    "EmergencyStop",
    "EVDisconnected",
    "HardReset",
    "Local",
    "Other",
    "PowerLoss",
    "Reboot",
    "Remote",
    "SoftReset",
    "UnlockCommand",
    "DeAuthorized",
]


RecurrencyKind: TypeAlias = Literal[
    "Daily",
    "Weekly",
]


RemoteStartTransactionResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


RemoteStopTransactionResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


RequestedMessage: TypeAlias = Literal[
    "BootNotification",
    "DiagnosticsStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "StatusNotification",
]


ReserveNowResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Faulted",
    "Occupied",
    "Rejected",
    "Unavailable",
]


ResetRequestType: TypeAlias = Literal[
    "Hard",
    "Soft",
]


ResetResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


SendLocalListRequestStatus: TypeAlias = Literal[
    "Accepted",
    "Blocked",
    "Expired",
    "Invalid",
    "ConcurrentTx",
]


SendLocalListResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Failed",
    "NotSupported",
    "VersionMismatch",
]


SetChargingProfileResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NotSupported",
]


StartTransactionResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Blocked",
    "Expired",
    "Invalid",
    "ConcurrentTx",
]


StatusNotificationRequestStatus: TypeAlias = Literal[
    "Available",
    "Preparing",
    "Charging",
    "SuspendedEVSE",
    "SuspendedEV",
    "Finishing",
    "Reserved",
    "Unavailable",
    "Faulted",
]


StopTransactionRequestUnit: TypeAlias = Literal[
    "Wh",
    "kWh",
    "varh",
    "kvarh",
    "W",
    "kW",
    "VA",
    "kVA",
    "var",
    "kvar",
    "A",
    "V",
    "K",
    "Celcius",
    "Celsius",
    "Fahrenheit",
    "Percent",
]


StopTransactionResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Blocked",
    "Expired",
    "Invalid",
    "ConcurrentTx",
]


TriggerMessageResponseStatus: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NotImplemented",
]


TriggerMessageStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NotImplemented",
]


UnlockConnectorResponseStatus: TypeAlias = Literal[
    "Unlocked",
    "UnlockFailed",
    "NotSupported",
]


UpdateFirmwareStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "AcceptedCanceled",
    "InvalidCertificate",
    "RevokedCertificate",
]


UpdateType: TypeAlias = Literal[
    "Differential",
    "Full",
]


UploadLogStatusEnumType: TypeAlias = Literal[
    "BadMessage",
    "Idle",
    "NotSupportedOperation",
    "PermissionDenied",
    "Uploaded",
    "UploadFailure",
    "Uploading",
]


class AuthorizeRequest(Payload, frozen=True, kw_only=True):
    """Authorize request payload (OCPP 1.6)."""

    id_tag: Annotated[str, Meta(max_length=20)] = field(name="idTag")


class IdTagInfo(Payload, frozen=True, kw_only=True):
    """IdTagInfo (OCPP 1.6)."""

    expiry_date: AwareDatetime | None = field(default=None, name="expiryDate")
    parent_id_tag: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="parentIdTag")
    status: AuthorizeResponseStatus


class AuthorizeResponse(Payload, frozen=True, kw_only=True):
    """Authorize response payload (OCPP 1.6)."""

    id_tag_info: IdTagInfo = field(name="idTagInfo")


class BootNotificationRequest(Payload, frozen=True, kw_only=True):
    """BootNotification request payload (OCPP 1.6)."""

    charge_point_vendor: Annotated[str, Meta(max_length=20)] = field(name="chargePointVendor")
    charge_point_model: Annotated[str, Meta(max_length=20)] = field(name="chargePointModel")
    charge_point_serial_number: Annotated[str, Meta(max_length=25)] | None = field(default=None, name="chargePointSerialNumber")
    charge_box_serial_number: Annotated[str, Meta(max_length=25)] | None = field(default=None, name="chargeBoxSerialNumber")
    firmware_version: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="firmwareVersion")
    iccid: Annotated[str, Meta(max_length=20)] | None = None
    imsi: Annotated[str, Meta(max_length=20)] | None = None
    meter_type: Annotated[str, Meta(max_length=25)] | None = field(default=None, name="meterType")
    meter_serial_number: Annotated[str, Meta(max_length=25)] | None = field(default=None, name="meterSerialNumber")


class BootNotificationResponse(Payload, frozen=True, kw_only=True):
    """BootNotification response payload (OCPP 1.6)."""

    status: BootNotificationResponseStatus
    current_time: AwareDatetime = field(name="currentTime")
    interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]


class CancelReservationRequest(Payload, frozen=True, kw_only=True):
    """CancelReservation request payload (OCPP 1.6)."""

    reservation_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="reservationId")


class CancelReservationResponse(Payload, frozen=True, kw_only=True):
    """CancelReservation response payload (OCPP 1.6)."""

    status: CancelReservationResponseStatus


class CertificateHashDataType(Payload, frozen=True, kw_only=True):
    """CertificateHashDataType (OCPP 1.6)."""

    hash_algorithm: HashAlgorithmEnumType = field(name="hashAlgorithm")
    issuer_name_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerNameHash")
    issuer_key_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerKeyHash")
    serial_number: Annotated[str, Meta(max_length=40)] = field(name="serialNumber")


class CertificateSignedRequest(Payload, frozen=True, kw_only=True):
    """CertificateSigned request payload (OCPP 1.6)."""

    certificate_chain: Annotated[str, Meta(max_length=10000)] = field(name="certificateChain")


class CertificateSignedResponse(Payload, frozen=True, kw_only=True):
    """CertificateSigned response payload (OCPP 1.6)."""

    status: CertificateSignedStatusEnumType


class ChangeAvailabilityRequest(Payload, frozen=True, kw_only=True):
    """ChangeAvailability request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")
    type: ChangeAvailabilityRequestType


class ChangeAvailabilityResponse(Payload, frozen=True, kw_only=True):
    """ChangeAvailability response payload (OCPP 1.6)."""

    status: ChangeAvailabilityResponseStatus


class ChangeConfigurationRequest(Payload, frozen=True, kw_only=True):
    """ChangeConfiguration request payload (OCPP 1.6)."""

    key: Annotated[str, Meta(max_length=50)]
    value: Annotated[str, Meta(max_length=500)]


class ChangeConfigurationResponse(Payload, frozen=True, kw_only=True):
    """ChangeConfiguration response payload (OCPP 1.6)."""

    status: ChangeConfigurationResponseStatus


class ChargingSchedulePeriod(Payload, frozen=True, kw_only=True):
    """ChargingSchedulePeriod (OCPP 1.6)."""

    start_period: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="startPeriod")
    limit: float
    number_phases: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="numberPhases")


class ChargingSchedule(Payload, frozen=True, kw_only=True):
    """ChargingSchedule (OCPP 1.6)."""

    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    start_schedule: AwareDatetime | None = field(default=None, name="startSchedule")
    charging_rate_unit: ChargingRateUnit = field(name="chargingRateUnit")
    charging_schedule_period: list[ChargingSchedulePeriod] = field(name="chargingSchedulePeriod")
    min_charging_rate: float | None = field(default=None, name="minChargingRate")


class ChargingProfile(Payload, frozen=True, kw_only=True):
    """ChargingProfile (OCPP 1.6)."""

    charging_profile_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="chargingProfileId")
    transaction_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="transactionId")
    stack_level: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="stackLevel")
    charging_profile_purpose: ChargingProfilePurpose = field(name="chargingProfilePurpose")
    charging_profile_kind: ChargingProfileKind = field(name="chargingProfileKind")
    recurrency_kind: RecurrencyKind | None = field(default=None, name="recurrencyKind")
    valid_from: AwareDatetime | None = field(default=None, name="validFrom")
    valid_to: AwareDatetime | None = field(default=None, name="validTo")
    charging_schedule: ChargingSchedule = field(name="chargingSchedule")


class ClearCacheRequest(Payload, frozen=True, kw_only=True):
    """ClearCache request payload (OCPP 1.6)."""


class ClearCacheResponse(Payload, frozen=True, kw_only=True):
    """ClearCache response payload (OCPP 1.6)."""

    status: ClearCacheResponseStatus


class ClearChargingProfileRequest(Payload, frozen=True, kw_only=True):
    """ClearChargingProfile request payload (OCPP 1.6)."""

    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="connectorId")
    charging_profile_purpose: ChargingProfilePurpose | None = field(default=None, name="chargingProfilePurpose")
    stack_level: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="stackLevel")


class ClearChargingProfileResponse(Payload, frozen=True, kw_only=True):
    """ClearChargingProfile response payload (OCPP 1.6)."""

    status: ClearChargingProfileResponseStatus


class ConfigurationKey(Payload, frozen=True, kw_only=True):
    """ConfigurationKey (OCPP 1.6)."""

    key: Annotated[str, Meta(max_length=50)]
    readonly: bool
    value: Annotated[str, Meta(max_length=500)] | None = None


class CsChargingProfiles(Payload, frozen=True, kw_only=True):
    """CsChargingProfiles (OCPP 1.6)."""

    charging_profile_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="chargingProfileId")
    transaction_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="transactionId")
    stack_level: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="stackLevel")
    charging_profile_purpose: ChargingProfilePurpose = field(name="chargingProfilePurpose")
    charging_profile_kind: ChargingProfileKind = field(name="chargingProfileKind")
    recurrency_kind: RecurrencyKind | None = field(default=None, name="recurrencyKind")
    valid_from: AwareDatetime | None = field(default=None, name="validFrom")
    valid_to: AwareDatetime | None = field(default=None, name="validTo")
    charging_schedule: ChargingSchedule = field(name="chargingSchedule")


class DataTransferRequest(Payload, frozen=True, kw_only=True):
    """DataTransfer request payload (OCPP 1.6)."""

    vendor_id: Annotated[str, Meta(max_length=255)] = field(name="vendorId")
    message_id: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="messageId")
    data: str | None = None


class DataTransferResponse(Payload, frozen=True, kw_only=True):
    """DataTransfer response payload (OCPP 1.6)."""

    status: DataTransferResponseStatus
    data: str | None = None


class DeleteCertificateRequest(Payload, frozen=True, kw_only=True):
    """DeleteCertificate request payload (OCPP 1.6)."""

    certificate_hash_data: CertificateHashDataType = field(name="certificateHashData")


class DeleteCertificateResponse(Payload, frozen=True, kw_only=True):
    """DeleteCertificate response payload (OCPP 1.6)."""

    status: DeleteCertificateStatusEnumType


class DiagnosticsStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """DiagnosticsStatusNotification request payload (OCPP 1.6)."""

    status: DiagnosticsStatusNotificationRequestStatus


class DiagnosticsStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """DiagnosticsStatusNotification response payload (OCPP 1.6)."""


class ExtendedTriggerMessageRequest(Payload, frozen=True, kw_only=True):
    """ExtendedTriggerMessage request payload (OCPP 1.6)."""

    requested_message: MessageTriggerEnumType = field(name="requestedMessage")
    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="connectorId")


class ExtendedTriggerMessageResponse(Payload, frozen=True, kw_only=True):
    """ExtendedTriggerMessage response payload (OCPP 1.6)."""

    status: TriggerMessageStatusEnumType


class FirmwareStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """FirmwareStatusNotification request payload (OCPP 1.6)."""

    status: FirmwareStatusNotificationRequestStatus


class FirmwareStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """FirmwareStatusNotification response payload (OCPP 1.6)."""


class FirmwareType(Payload, frozen=True, kw_only=True):
    """FirmwareType (OCPP 1.6)."""

    location: Annotated[str, Meta(max_length=512)]
    retrieve_date_time: AwareDatetime = field(name="retrieveDateTime")
    install_date_time: AwareDatetime | None = field(default=None, name="installDateTime")
    signing_certificate: Annotated[str, Meta(max_length=5500)] = field(name="signingCertificate")
    signature: Annotated[str, Meta(max_length=800)]


class GetCompositeScheduleRequest(Payload, frozen=True, kw_only=True):
    """GetCompositeSchedule request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    charging_rate_unit: ChargingRateUnit | None = field(default=None, name="chargingRateUnit")


class GetCompositeScheduleResponse(Payload, frozen=True, kw_only=True):
    """GetCompositeSchedule response payload (OCPP 1.6)."""

    status: GetCompositeScheduleResponseStatus
    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="connectorId")
    schedule_start: AwareDatetime | None = field(default=None, name="scheduleStart")
    charging_schedule: ChargingSchedule | None = field(default=None, name="chargingSchedule")


class GetConfigurationRequest(Payload, frozen=True, kw_only=True):
    """GetConfiguration request payload (OCPP 1.6)."""

    key: list[Annotated[str, Meta(max_length=50)]] | None = None


class GetConfigurationResponse(Payload, frozen=True, kw_only=True):
    """GetConfiguration response payload (OCPP 1.6)."""

    configuration_key: list[ConfigurationKey] | None = field(default=None, name="configurationKey")
    unknown_key: list[Annotated[str, Meta(max_length=50)]] | None = field(default=None, name="unknownKey")


class GetDiagnosticsRequest(Payload, frozen=True, kw_only=True):
    """GetDiagnostics request payload (OCPP 1.6)."""

    location: str
    retries: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")
    start_time: AwareDatetime | None = field(default=None, name="startTime")
    stop_time: AwareDatetime | None = field(default=None, name="stopTime")


class GetDiagnosticsResponse(Payload, frozen=True, kw_only=True):
    """GetDiagnostics response payload (OCPP 1.6)."""

    file_name: Annotated[str, Meta(max_length=255)] | None = field(default=None, name="fileName")


class GetInstalledCertificateIdsRequest(Payload, frozen=True, kw_only=True):
    """GetInstalledCertificateIds request payload (OCPP 1.6)."""

    certificate_type: CertificateUseEnumType = field(name="certificateType")


class GetInstalledCertificateIdsResponse(Payload, frozen=True, kw_only=True):
    """GetInstalledCertificateIds response payload (OCPP 1.6)."""

    certificate_hash_data: Annotated[list[CertificateHashDataType], Meta(min_length=1)] | None = field(default=None, name="certificateHashData")
    status: GetInstalledCertificateStatusEnumType


class GetLocalListVersionRequest(Payload, frozen=True, kw_only=True):
    """GetLocalListVersion request payload (OCPP 1.6)."""


class GetLocalListVersionResponse(Payload, frozen=True, kw_only=True):
    """GetLocalListVersion response payload (OCPP 1.6)."""

    list_version: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="listVersion")


class LogParametersType(Payload, frozen=True, kw_only=True):
    """LogParametersType (OCPP 1.6)."""

    remote_location: Annotated[str, Meta(max_length=512)] = field(name="remoteLocation")
    oldest_timestamp: AwareDatetime | None = field(default=None, name="oldestTimestamp")
    latest_timestamp: AwareDatetime | None = field(default=None, name="latestTimestamp")


class GetLogRequest(Payload, frozen=True, kw_only=True):
    """GetLog request payload (OCPP 1.6)."""

    log: LogParametersType
    log_type: LogEnumType = field(name="logType")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    retries: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")


class GetLogResponse(Payload, frozen=True, kw_only=True):
    """GetLog response payload (OCPP 1.6)."""

    status: LogStatusEnumType
    filename: Annotated[str, Meta(max_length=255)] | None = None


class HeartbeatRequest(Payload, frozen=True, kw_only=True):
    """Heartbeat request payload (OCPP 1.6)."""


class HeartbeatResponse(Payload, frozen=True, kw_only=True):
    """Heartbeat response payload (OCPP 1.6)."""

    current_time: AwareDatetime = field(name="currentTime")


class InstallCertificateRequest(Payload, frozen=True, kw_only=True):
    """InstallCertificate request payload (OCPP 1.6)."""

    certificate_type: CertificateUseEnumType = field(name="certificateType")
    certificate: Annotated[str, Meta(max_length=5500)]


class InstallCertificateResponse(Payload, frozen=True, kw_only=True):
    """InstallCertificate response payload (OCPP 1.6)."""

    status: InstallCertificateStatusEnumType


class LocalAuthorizationList(Payload, frozen=True, kw_only=True):
    """LocalAuthorizationList (OCPP 1.6)."""

    id_tag: Annotated[str, Meta(max_length=20)] = field(name="idTag")
    id_tag_info: IdTagInfo | None = field(default=None, name="idTagInfo")


class LogStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """LogStatusNotification request payload (OCPP 1.6)."""

    status: UploadLogStatusEnumType
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")


class LogStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """LogStatusNotification response payload (OCPP 1.6)."""


class MeterValuesRequestSampledValue(Payload, frozen=True, kw_only=True):
    """SampledValue (OCPP 1.6)."""

    value: str
    context: Context | None = None
    format: Format | None = None
    measurand: Measurand | None = None
    phase: Phase | None = None
    location: Location | None = None
    unit: MeterValuesRequestUnit | None = None


class MeterValue(Payload, frozen=True, kw_only=True):
    """MeterValue (OCPP 1.6)."""

    timestamp: AwareDatetime
    sampled_value: Annotated[list[MeterValuesRequestSampledValue], Meta(min_length=1)] = field(name="sampledValue")


class MeterValuesRequest(Payload, frozen=True, kw_only=True):
    """MeterValues request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")
    transaction_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="transactionId")
    meter_value: Annotated[list[MeterValue], Meta(min_length=1)] = field(name="meterValue")


class MeterValuesResponse(Payload, frozen=True, kw_only=True):
    """MeterValues response payload (OCPP 1.6)."""


class RemoteStartTransactionRequest(Payload, frozen=True, kw_only=True):
    """RemoteStartTransaction request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="connectorId")
    id_tag: Annotated[str, Meta(max_length=20)] = field(name="idTag")
    charging_profile: ChargingProfile | None = field(default=None, name="chargingProfile")


class RemoteStartTransactionResponse(Payload, frozen=True, kw_only=True):
    """RemoteStartTransaction response payload (OCPP 1.6)."""

    status: RemoteStartTransactionResponseStatus


class RemoteStopTransactionRequest(Payload, frozen=True, kw_only=True):
    """RemoteStopTransaction request payload (OCPP 1.6)."""

    transaction_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="transactionId")


class RemoteStopTransactionResponse(Payload, frozen=True, kw_only=True):
    """RemoteStopTransaction response payload (OCPP 1.6)."""

    status: RemoteStopTransactionResponseStatus


class ReserveNowRequest(Payload, frozen=True, kw_only=True):
    """ReserveNow request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")
    expiry_date: AwareDatetime = field(name="expiryDate")
    id_tag: Annotated[str, Meta(max_length=20)] = field(name="idTag")
    parent_id_tag: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="parentIdTag")
    reservation_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="reservationId")


class ReserveNowResponse(Payload, frozen=True, kw_only=True):
    """ReserveNow response payload (OCPP 1.6)."""

    status: ReserveNowResponseStatus


class ResetRequest(Payload, frozen=True, kw_only=True):
    """Reset request payload (OCPP 1.6)."""

    type: ResetRequestType


class ResetResponse(Payload, frozen=True, kw_only=True):
    """Reset response payload (OCPP 1.6)."""

    status: ResetResponseStatus


class SecurityEventNotificationRequest(Payload, frozen=True, kw_only=True):
    """SecurityEventNotification request payload (OCPP 1.6)."""

    type: Annotated[str, Meta(max_length=50)]
    timestamp: AwareDatetime
    tech_info: Annotated[str, Meta(max_length=255)] | None = field(default=None, name="techInfo")


class SecurityEventNotificationResponse(Payload, frozen=True, kw_only=True):
    """SecurityEventNotification response payload (OCPP 1.6)."""


class SendLocalListRequest(Payload, frozen=True, kw_only=True):
    """SendLocalList request payload (OCPP 1.6)."""

    list_version: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="listVersion")
    local_authorization_list: list[LocalAuthorizationList] | None = field(default=None, name="localAuthorizationList")
    update_type: UpdateType = field(name="updateType")


class SendLocalListResponse(Payload, frozen=True, kw_only=True):
    """SendLocalList response payload (OCPP 1.6)."""

    status: SendLocalListResponseStatus


class SetChargingProfileRequest(Payload, frozen=True, kw_only=True):
    """SetChargingProfile request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")
    cs_charging_profiles: CsChargingProfiles = field(name="csChargingProfiles")


class SetChargingProfileResponse(Payload, frozen=True, kw_only=True):
    """SetChargingProfile response payload (OCPP 1.6)."""

    status: SetChargingProfileResponseStatus


class SignCertificateRequest(Payload, frozen=True, kw_only=True):
    """SignCertificate request payload (OCPP 1.6)."""

    csr: Annotated[str, Meta(max_length=5500)]


class SignCertificateResponse(Payload, frozen=True, kw_only=True):
    """SignCertificate response payload (OCPP 1.6)."""

    status: GenericStatusEnumType


class SignedFirmwareStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """SignedFirmwareStatusNotification request payload (OCPP 1.6)."""

    status: FirmwareStatusEnumType
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")


class SignedFirmwareStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """SignedFirmwareStatusNotification response payload (OCPP 1.6)."""


class SignedUpdateFirmwareRequest(Payload, frozen=True, kw_only=True):
    """SignedUpdateFirmware request payload (OCPP 1.6)."""

    retries: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    firmware: FirmwareType


class SignedUpdateFirmwareResponse(Payload, frozen=True, kw_only=True):
    """SignedUpdateFirmware response payload (OCPP 1.6)."""

    status: UpdateFirmwareStatusEnumType


class StartTransactionRequest(Payload, frozen=True, kw_only=True):
    """StartTransaction request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")
    id_tag: Annotated[str, Meta(max_length=20)] = field(name="idTag")
    meter_start: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="meterStart")
    reservation_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="reservationId")
    timestamp: AwareDatetime


class StartTransactionResponse(Payload, frozen=True, kw_only=True):
    """StartTransaction response payload (OCPP 1.6)."""

    id_tag_info: IdTagInfo = field(name="idTagInfo")
    transaction_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="transactionId")


class StatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """StatusNotification request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")
    error_code: ErrorCode = field(name="errorCode")
    info: Annotated[str, Meta(max_length=50)] | None = None
    status: StatusNotificationRequestStatus
    timestamp: AwareDatetime | None = None
    vendor_id: Annotated[str, Meta(max_length=255)] | None = field(default=None, name="vendorId")
    vendor_error_code: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="vendorErrorCode")


class StatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """StatusNotification response payload (OCPP 1.6)."""


class StopTransactionRequestSampledValue(Payload, frozen=True, kw_only=True):
    """SampledValue (OCPP 1.6)."""

    value: str
    context: Context | None = None
    format: Format | None = None
    measurand: Measurand | None = None
    phase: Phase | None = None
    location: Location | None = None
    unit: StopTransactionRequestUnit | None = None


class TransactionData(Payload, frozen=True, kw_only=True):
    """TransactionData (OCPP 1.6)."""

    timestamp: AwareDatetime
    sampled_value: list[StopTransactionRequestSampledValue] = field(name="sampledValue")


class StopTransactionRequest(Payload, frozen=True, kw_only=True):
    """StopTransaction request payload (OCPP 1.6)."""

    id_tag: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="idTag")
    meter_stop: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="meterStop")
    timestamp: AwareDatetime
    transaction_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="transactionId")
    reason: Reason | None = None
    transaction_data: list[TransactionData] | None = field(default=None, name="transactionData")


class StopTransactionResponse(Payload, frozen=True, kw_only=True):
    """StopTransaction response payload (OCPP 1.6)."""

    id_tag_info: IdTagInfo | None = field(default=None, name="idTagInfo")


class TriggerMessageRequest(Payload, frozen=True, kw_only=True):
    """TriggerMessage request payload (OCPP 1.6)."""

    requested_message: RequestedMessage = field(name="requestedMessage")
    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="connectorId")


class TriggerMessageResponse(Payload, frozen=True, kw_only=True):
    """TriggerMessage response payload (OCPP 1.6)."""

    status: TriggerMessageResponseStatus


class UnlockConnectorRequest(Payload, frozen=True, kw_only=True):
    """UnlockConnector request payload (OCPP 1.6)."""

    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")


class UnlockConnectorResponse(Payload, frozen=True, kw_only=True):
    """UnlockConnector response payload (OCPP 1.6)."""

    status: UnlockConnectorResponseStatus


class UpdateFirmwareRequest(Payload, frozen=True, kw_only=True):
    """UpdateFirmware request payload (OCPP 1.6)."""

    location: str
    retries: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    retrieve_date: AwareDatetime = field(name="retrieveDate")
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")


class UpdateFirmwareResponse(Payload, frozen=True, kw_only=True):
    """UpdateFirmware response payload (OCPP 1.6)."""


# Action -> (request type, response type); no response type for a message that is
# only ever sent unconfirmed (2.1 SEND, message type 6).
ACTIONS: Final[dict[str, tuple[type[Payload], type[Payload] | None]]] = {
    "Authorize": (AuthorizeRequest, AuthorizeResponse),
    "BootNotification": (BootNotificationRequest, BootNotificationResponse),
    "CancelReservation": (CancelReservationRequest, CancelReservationResponse),
    "CertificateSigned": (CertificateSignedRequest, CertificateSignedResponse),
    "ChangeAvailability": (ChangeAvailabilityRequest, ChangeAvailabilityResponse),
    "ChangeConfiguration": (ChangeConfigurationRequest, ChangeConfigurationResponse),
    "ClearCache": (ClearCacheRequest, ClearCacheResponse),
    "ClearChargingProfile": (ClearChargingProfileRequest, ClearChargingProfileResponse),
    "DataTransfer": (DataTransferRequest, DataTransferResponse),
    "DeleteCertificate": (DeleteCertificateRequest, DeleteCertificateResponse),
    "DiagnosticsStatusNotification": (DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse),
    "ExtendedTriggerMessage": (ExtendedTriggerMessageRequest, ExtendedTriggerMessageResponse),
    "FirmwareStatusNotification": (FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse),
    "GetCompositeSchedule": (GetCompositeScheduleRequest, GetCompositeScheduleResponse),
    "GetConfiguration": (GetConfigurationRequest, GetConfigurationResponse),
    "GetDiagnostics": (GetDiagnosticsRequest, GetDiagnosticsResponse),
    "GetInstalledCertificateIds": (GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse),
    "GetLocalListVersion": (GetLocalListVersionRequest, GetLocalListVersionResponse),
    "GetLog": (GetLogRequest, GetLogResponse),
    "Heartbeat": (HeartbeatRequest, HeartbeatResponse),
    "InstallCertificate": (InstallCertificateRequest, InstallCertificateResponse),
    "LogStatusNotification": (LogStatusNotificationRequest, LogStatusNotificationResponse),
    "MeterValues": (MeterValuesRequest, MeterValuesResponse),
    "RemoteStartTransaction": (RemoteStartTransactionRequest, RemoteStartTransactionResponse),
    "RemoteStopTransaction": (RemoteStopTransactionRequest, RemoteStopTransactionResponse),
    "ReserveNow": (ReserveNowRequest, ReserveNowResponse),
    "Reset": (ResetRequest, ResetResponse),
    "SecurityEventNotification": (SecurityEventNotificationRequest, SecurityEventNotificationResponse),
    "SendLocalList": (SendLocalListRequest, SendLocalListResponse),
    "SetChargingProfile": (SetChargingProfileRequest, SetChargingProfileResponse),
    "SignCertificate": (SignCertificateRequest, SignCertificateResponse),
    "SignedFirmwareStatusNotification": (SignedFirmwareStatusNotificationRequest, SignedFirmwareStatusNotificationResponse),
    "SignedUpdateFirmware": (SignedUpdateFirmwareRequest, SignedUpdateFirmwareResponse),
    "StartTransaction": (StartTransactionRequest, StartTransactionResponse),
    "StatusNotification": (StatusNotificationRequest, StatusNotificationResponse),
    "StopTransaction": (StopTransactionRequest, StopTransactionResponse),
    "TriggerMessage": (TriggerMessageRequest, TriggerMessageResponse),
    "UnlockConnector": (UnlockConnectorRequest, UnlockConnectorResponse),
    "UpdateFirmware": (UpdateFirmwareRequest, UpdateFirmwareResponse),
}
