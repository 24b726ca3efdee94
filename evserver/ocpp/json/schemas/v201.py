"""OCPP 2.0.1 payload types, generated from the JSON schemas of ocpp 2.1.0.

Do not edit: regenerate with ``python -m evserver.ocpp.json.schemas.generate``.
"""

from typing import Annotated, Any, Final, Literal, TypeAlias

from msgspec import Meta, field

from evserver.ocpp.json.schemas import AwareDatetime, INT64_MAX, INT64_MIN, Payload


APNAuthenticationEnumType: TypeAlias = Literal[
    "CHAP",
    "NONE",
    "PAP",
    "AUTO",
]


AttributeEnumType: TypeAlias = Literal[
    "Actual",
    "Target",
    "MinSet",
    "MaxSet",
]


AuthorizationStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Blocked",
    "ConcurrentTx",
    "Expired",
    "Invalid",
    "NoCredit",
    "NotAllowedTypeEVSE",
    "NotAtThisLocation",
    "NotAtThisTime",
    "Unknown",
]


AuthorizeCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "SignatureError",
    "CertificateExpired",
    "CertificateRevoked",
    "NoCertificateAvailable",
    "CertChainError",
    "ContractCancelled",
]


BootReasonEnumType: TypeAlias = Literal[
    "ApplicationReset",
    "FirmwareUpdate",
    "LocalReset",
    "PowerUp",
    "RemoteReset",
    "ScheduledReset",
    "Triggered",
    "Unknown",
    "Watchdog",
]


CancelReservationStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


CertificateActionEnumType: TypeAlias = Literal[
    "Install",
    "Update",
]


CertificateSignedStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


CertificateSigningUseEnumType: TypeAlias = Literal[
    "ChargingStationCertificate",
    "V2GCertificate",
]


ChangeAvailabilityStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Scheduled",
]


ChargingLimitSourceEnumType: TypeAlias = Literal[
    "EMS",
    "Other",
    "SO",
    "CSO",
]


ChargingProfileKindEnumType: TypeAlias = Literal[
    "Absolute",
    "Recurring",
    "Relative",
]


ChargingProfilePurposeEnumType: TypeAlias = Literal[
    "ChargingStationExternalConstraints",
    "ChargingStationMaxProfile",
    "TxDefaultProfile",
    "TxProfile",
]


ChargingProfileStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


ChargingRateUnitEnumType: TypeAlias = Literal[
    "W",
    "A",
]


ChargingStateEnumType: TypeAlias = Literal[
    "Charging",
    "EVConnected",
    "SuspendedEV",
    "SuspendedEVSE",
    "Idle",
]


ClearCacheStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


ClearChargingProfileStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Unknown",
]


ClearMessageStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Unknown",
]


ClearMonitoringStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NotFound",
]


ComponentCriterionEnumType: TypeAlias = Literal[
    "Active",
    "Available",
    "Enabled",
    "Problem",
]


ConnectorEnumType: TypeAlias = Literal[
    "cCCS1",
    "cCCS2",
    "cG105",
    "cTesla",
    "cType1",
    "cType2",
    "s309-1P-16A",
    "s309-1P-32A",
    "s309-3P-16A",
    "s309-3P-32A",
    "sBS1361",
    "sCEE-7-7",
    "sType2",
    "sType3",
    "Other1PhMax16A",
    "Other1PhOver16A",
    "Other3Ph",
    "Pan",
    "wInductive",
    "wResonant",
    "Undetermined",
    "Unknown",
]


ConnectorStatusEnumType: TypeAlias = Literal[
    "Available",
    "Occupied",
    "Reserved",
    "Unavailable",
    "Faulted",
]


CostKindEnumType: TypeAlias = Literal[
    "CarbonDioxideEmission",
    "RelativePricePercentage",
    "RenewableGenerationPercentage",
]


CustomerInformationStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Invalid",
]


DataEnumType: TypeAlias = Literal[
    "string",
    "decimal",
    "integer",
    "dateTime",
    "boolean",
    "OptionList",
    "SequenceList",
    "MemberList",
]


DataTransferStatusEnumType: TypeAlias = Literal[
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


DisplayMessageStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "NotSupportedMessageFormat",
    "Rejected",
    "NotSupportedPriority",
    "NotSupportedState",
    "UnknownTransaction",
]


EnergyTransferModeEnumType: TypeAlias = Literal[
    "DC",
    "AC_single_phase",
    "AC_two_phase",
    "AC_three_phase",
]


EventNotificationEnumType: TypeAlias = Literal[
    "HardWiredNotification",
    "HardWiredMonitor",
    "PreconfiguredMonitor",
    "CustomMonitor",
]


EventTriggerEnumType: TypeAlias = Literal[
    "Alerting",
    "Delta",
    "Periodic",
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


GenericDeviceModelStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NotSupported",
    "EmptyResultSet",
]


GenericStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


GetCertificateIdUseEnumType: TypeAlias = Literal[
    "V2GRootCertificate",
    "MORootCertificate",
    "CSMSRootCertificate",
    "V2GCertificateChain",
    "ManufacturerRootCertificate",
]


GetCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Failed",
]


GetChargingProfileStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "NoProfiles",
]


GetDisplayMessagesStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Unknown",
]


GetInstalledCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "NotFound",
]


GetVariableStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "UnknownComponent",
    "UnknownVariable",
    "NotSupportedAttributeType",
]


HashAlgorithmEnumType: TypeAlias = Literal[
    "SHA256",
    "SHA384",
    "SHA512",
]


IdTokenEnumType: TypeAlias = Literal[
    "Central",
    "eMAID",
    "ISO14443",
    "ISO15693",
    "KeyCode",
    "Local",
    "MacAddress",
    "NoAuthorization",
]


InstallCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Failed",
]


InstallCertificateUseEnumType: TypeAlias = Literal[
    "V2GRootCertificate",
    "MORootCertificate",
    "CSMSRootCertificate",
    "ManufacturerRootCertificate",
]


Iso15118EVCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Failed",
]


LocationEnumType: TypeAlias = Literal[
    "Body",
    "Cable",
    "EV",
    "Inlet",
    "Outlet",
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


MeasurandEnumType: TypeAlias = Literal[
    "Current.Export",
    "Current.Import",
    "Current.Offered",
    "Energy.Active.Export.Register",
    "Energy.Active.Import.Register",
    "Energy.Reactive.Export.Register",
    "Energy.Reactive.Import.Register",
    "Energy.Active.Export.Interval",
    "Energy.Active.Import.Interval",
    "Energy.Active.Net",
    "Energy.Reactive.Export.Interval",
    "Energy.Reactive.Import.Interval",
    "Energy.Reactive.Net",
    "Energy.Apparent.Net",
    "Energy.Apparent.Import",
    "Energy.Apparent.Export",
    "Frequency",
    "Power.Active.Export",
    "Power.Active.Import",
    "Power.Factor",
    "Power.Offered",
    "Power.Reactive.Export",
    "Power.Reactive.Import",
    "SoC",
    "Voltage",
]


MessageFormatEnumType: TypeAlias = Literal[
    "ASCII",
    "HTML",
    "URI",
    "UTF8",
]


MessagePriorityEnumType: TypeAlias = Literal[
    "AlwaysFront",
    "InFront",
    "NormalCycle",
]


MessageStateEnumType: TypeAlias = Literal[
    "Charging",
    "Faulted",
    "Idle",
    "Unavailable",
]


MessageTriggerEnumType: TypeAlias = Literal[
    "BootNotification",
    "LogStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "SignChargingStationCertificate",
    "SignV2GCertificate",
    "StatusNotification",
    "TransactionEvent",
    "SignCombinedCertificate",
    "PublishFirmwareStatusNotification",
]


MonitorEnumType: TypeAlias = Literal[
    "UpperThreshold",
    "LowerThreshold",
    "Delta",
    "Periodic",
    "PeriodicClockAligned",
]


MonitoringBaseEnumType: TypeAlias = Literal[
    "All",
    "FactoryDefault",
    "HardWiredOnly",
]


MonitoringCriterionEnumType: TypeAlias = Literal[
    "ThresholdMonitoring",
    "DeltaMonitoring",
    "PeriodicMonitoring",
]


MutabilityEnumType: TypeAlias = Literal[
    "ReadOnly",
    "WriteOnly",
    "ReadWrite",
]


NotifyEVChargingNeedsStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Processing",
]


OCPPInterfaceEnumType: TypeAlias = Literal[
    "Wired0",
    "Wired1",
    "Wired2",
    "Wired3",
    "Wireless0",
    "Wireless1",
    "Wireless2",
    "Wireless3",
]


OCPPTransportEnumType: TypeAlias = Literal[
    "JSON",
    "SOAP",
]


OCPPVersionEnumType: TypeAlias = Literal[
    "OCPP12",
    "OCPP15",
    "OCPP16",
    "OCPP20",
]


OperationalStatusEnumType: TypeAlias = Literal[
    "Inoperative",
    "Operative",
]


PhaseEnumType: TypeAlias = Literal[
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


PublishFirmwareStatusEnumType: TypeAlias = Literal[
    "Idle",
    "DownloadScheduled",
    "Downloading",
    "Downloaded",
    "Published",
    "DownloadFailed",
    "DownloadPaused",
    "InvalidChecksum",
    "ChecksumVerified",
    "PublishFailed",
]


ReadingContextEnumType: TypeAlias = Literal[
    "Interruption.Begin",
    "Interruption.End",
    "Other",
    "Sample.Clock",
    "Sample.Periodic",
    "Transaction.Begin",
    "Transaction.End",
    "Trigger",
]


ReasonEnumType: TypeAlias = Literal[
    "DeAuthorized",
    "EmergencyStop",
    "EnergyLimitReached",
    "EVDisconnected",
    "GroundFault",
    "ImmediateReset",
    "Local",
    "LocalOutOfCredit",
    "MasterPass",
    "Other",
    "OvercurrentFault",
    "PowerLoss",
    "PowerQuality",
    "Reboot",
    "Remote",
    "SOCLimitReached",
    "StoppedByEV",
    "TimeLimitReached",
    "Timeout",
]


RecurrencyKindEnumType: TypeAlias = Literal[
    "Daily",
    "Weekly",
]


RegistrationStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Pending",
    "Rejected",
]


ReportBaseEnumType: TypeAlias = Literal[
    "ConfigurationInventory",
    "FullInventory",
    "SummaryInventory",
]


RequestStartStopStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


ReservationUpdateStatusEnumType: TypeAlias = Literal[
    "Expired",
    "Removed",
]


ReserveNowStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Faulted",
    "Occupied",
    "Rejected",
    "Unavailable",
]


ResetEnumType: TypeAlias = Literal[
    "Immediate",
    "OnIdle",
]


ResetStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Scheduled",
]


SendLocalListStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Failed",
    "VersionMismatch",
]


SetMonitoringStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "UnknownComponent",
    "UnknownVariable",
    "UnsupportedMonitorType",
    "Rejected",
    "Duplicate",
]


SetNetworkProfileStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Failed",
]


SetVariableStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "UnknownComponent",
    "UnknownVariable",
    "NotSupportedAttributeType",
    "RebootRequired",
]


TransactionEventEnumType: TypeAlias = Literal[
    "Ended",
    "Started",
    "Updated",
]


TriggerMessageStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NotImplemented",
]


TriggerReasonEnumType: TypeAlias = Literal[
    "Authorized",
    "CablePluggedIn",
    "ChargingRateChanged",
    "ChargingStateChanged",
    "Deauthorized",
    "EnergyLimitReached",
    "EVCommunicationLost",
    "EVConnectTimeout",
    "MeterValueClock",
    "MeterValuePeriodic",
    "TimeLimitReached",
    "Trigger",
    "UnlockCommand",
    "StopAuthorized",
    "EVDeparted",
    "EVDetected",
    "RemoteStop",
    "RemoteStart",
    "AbnormalCondition",
    "SignedDataReceived",
    "ResetCommand",
]


UnlockStatusEnumType: TypeAlias = Literal[
    "Unlocked",
    "UnlockFailed",
    "OngoingAuthorizedTransaction",
    "UnknownConnector",
]


UnpublishFirmwareStatusEnumType: TypeAlias = Literal[
    "DownloadOngoing",
    "NoFirmware",
    "Unpublished",
]


UpdateEnumType: TypeAlias = Literal[
    "Differential",
    "Full",
]


UpdateFirmwareStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "AcceptedCanceled",
    "InvalidCertificate",
    "RevokedCertificate",
]


UploadLogStatusEnumType: TypeAlias = Literal[
    "BadMessage",
    "Idle",
    "NotSupportedOperation",
    "PermissionDenied",
    "Uploaded",
    "UploadFailure",
    "Uploading",
    "AcceptedCanceled",
]


VPNEnumType: TypeAlias = Literal[
    "IKEv2",
    "IPSec",
    "L2TP",
    "PPTP",
]


class CustomDataType(Payload, frozen=True, kw_only=True, forbid_unknown_fields=False):
    """CustomDataType (OCPP 2.0.1)."""

    vendor_id: Annotated[str, Meta(max_length=255)] = field(name="vendorId")


class ACChargingParametersType(Payload, frozen=True, kw_only=True):
    """AC_ Charging_ Parameters EV AC charging parameters."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    energy_amount: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="energyAmount")
    ev_min_current: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evMinCurrent")
    ev_max_current: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evMaxCurrent")
    ev_max_voltage: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evMaxVoltage")


class APNType(Payload, frozen=True, kw_only=True):
    """APN Collection of configuration data needed to make a data-connection over a cellular network."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    apn: Annotated[str, Meta(max_length=512)]
    apn_user_name: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="apnUserName")
    apn_password: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="apnPassword")
    sim_pin: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="simPin")
    preferred_network: Annotated[str, Meta(max_length=6)] | None = field(default=None, name="preferredNetwork")
    use_only_preferred_network: bool | None = field(default=None, name="useOnlyPreferredNetwork")
    apn_authentication: APNAuthenticationEnumType = field(name="apnAuthentication")


class AdditionalInfoType(Payload, frozen=True, kw_only=True):
    """Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    additional_id_token: Annotated[str, Meta(max_length=36)] = field(name="additionalIdToken")
    type: Annotated[str, Meta(max_length=50)]


class IdTokenType(Payload, frozen=True, kw_only=True):
    """Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    additional_info: Annotated[list[AdditionalInfoType], Meta(min_length=1)] | None = field(default=None, name="additionalInfo")
    id_token: Annotated[str, Meta(max_length=36)] = field(name="idToken")
    type: IdTokenEnumType


class MessageContentType(Payload, frozen=True, kw_only=True):
    """Message_ Content Contains message details, for a message to be displayed on a Charging Station."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    format: MessageFormatEnumType
    language: Annotated[str, Meta(max_length=8)] | None = None
    content: Annotated[str, Meta(max_length=512)]


class IdTokenInfoType(Payload, frozen=True, kw_only=True):
    """ID_ Token Contains status information about an identifier."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: AuthorizationStatusEnumType
    cache_expiry_date_time: AwareDatetime | None = field(default=None, name="cacheExpiryDateTime")
    charging_priority: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="chargingPriority")
    language1: Annotated[str, Meta(max_length=8)] | None = None
    evse_id: Annotated[list[Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]], Meta(min_length=1)] | None = field(default=None, name="evseId")
    group_id_token: IdTokenType | None = field(default=None, name="groupIdToken")
    language2: Annotated[str, Meta(max_length=8)] | None = None
    personal_message: MessageContentType | None = field(default=None, name="personalMessage")


class AuthorizationData(Payload, frozen=True, kw_only=True):
    """Contains the identifier to use for authorization."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id_token: IdTokenType = field(name="idToken")
    id_token_info: IdTokenInfoType | None = field(default=None, name="idTokenInfo")


class OCSPRequestDataType(Payload, frozen=True, kw_only=True):
    """OCSPRequestDataType (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    hash_algorithm: HashAlgorithmEnumType = field(name="hashAlgorithm")
    issuer_name_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerNameHash")
    issuer_key_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerKeyHash")
    serial_number: Annotated[str, Meta(max_length=40)] = field(name="serialNumber")
    responder_url: Annotated[str, Meta(max_length=512)] = field(name="responderURL")


class AuthorizeRequest(Payload, frozen=True, kw_only=True):
    """Authorize request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id_token: IdTokenType = field(name="idToken")
    certificate: Annotated[str, Meta(max_length=5500)] | None = None
    iso15118_certificate_hash_data: Annotated[list[OCSPRequestDataType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="iso15118CertificateHashData")


class AuthorizeResponse(Payload, frozen=True, kw_only=True):
    """Authorize response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id_token_info: IdTokenInfoType = field(name="idTokenInfo")
    certificate_status: AuthorizeCertificateStatusEnumType | None = field(default=None, name="certificateStatus")


class ModemType(Payload, frozen=True, kw_only=True):
    """Wireless_ Communication_ Module Defines parameters required for initiating and maintaining wireless communication with other devices."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    iccid: Annotated[str, Meta(max_length=20)] | None = None
    imsi: Annotated[str, Meta(max_length=20)] | None = None


class ChargingStationType(Payload, frozen=True, kw_only=True):
    """Charge_ Point The physical system where an Electrical Vehicle (EV) can be charged."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    serial_number: Annotated[str, Meta(max_length=25)] | None = field(default=None, name="serialNumber")
    model: Annotated[str, Meta(max_length=20)]
    modem: ModemType | None = None
    vendor_name: Annotated[str, Meta(max_length=50)] = field(name="vendorName")
    firmware_version: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="firmwareVersion")


class BootNotificationRequest(Payload, frozen=True, kw_only=True):
    """BootNotification request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    charging_station: ChargingStationType = field(name="chargingStation")
    reason: BootReasonEnumType


class StatusInfoType(Payload, frozen=True, kw_only=True):
    """Element providing more information about the status."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    reason_code: Annotated[str, Meta(max_length=20)] = field(name="reasonCode")
    additional_info: Annotated[str, Meta(max_length=512)] | None = field(default=None, name="additionalInfo")


class BootNotificationResponse(Payload, frozen=True, kw_only=True):
    """BootNotification response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    current_time: AwareDatetime = field(name="currentTime")
    interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    status: RegistrationStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class CancelReservationRequest(Payload, frozen=True, kw_only=True):
    """CancelReservation request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    reservation_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="reservationId")


class CancelReservationResponse(Payload, frozen=True, kw_only=True):
    """CancelReservation response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: CancelReservationStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class CertificateHashDataType(Payload, frozen=True, kw_only=True):
    """CertificateHashDataType (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    hash_algorithm: HashAlgorithmEnumType = field(name="hashAlgorithm")
    issuer_name_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerNameHash")
    issuer_key_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerKeyHash")
    serial_number: Annotated[str, Meta(max_length=40)] = field(name="serialNumber")


class CertificateHashDataChainType(Payload, frozen=True, kw_only=True):
    """CertificateHashDataChainType (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    certificate_hash_data: CertificateHashDataType = field(name="certificateHashData")
    certificate_type: GetCertificateIdUseEnumType = field(name="certificateType")
    child_certificate_hash_data: Annotated[list[CertificateHashDataType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="childCertificateHashData")


class CertificateSignedRequest(Payload, frozen=True, kw_only=True):
    """CertificateSigned request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    certificate_chain: Annotated[str, Meta(max_length=10000)] = field(name="certificateChain")
    certificate_type: CertificateSigningUseEnumType | None = field(default=None, name="certificateType")


class CertificateSignedResponse(Payload, frozen=True, kw_only=True):
    """CertificateSigned response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: CertificateSignedStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class EVSEType(Payload, frozen=True, kw_only=True):
    """EVSE Electric Vehicle Supply Equipment."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="connectorId")


class ChangeAvailabilityRequest(Payload, frozen=True, kw_only=True):
    """ChangeAvailability request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse: EVSEType | None = None
    operational_status: OperationalStatusEnumType = field(name="operationalStatus")


class ChangeAvailabilityResponse(Payload, frozen=True, kw_only=True):
    """ChangeAvailability response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ChangeAvailabilityStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class ChargingLimitType(Payload, frozen=True, kw_only=True):
    """Charging_ Limit."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    charging_limit_source: ChargingLimitSourceEnumType = field(name="chargingLimitSource")
    is_grid_critical: bool | None = field(default=None, name="isGridCritical")


class DCChargingParametersType(Payload, frozen=True, kw_only=True):
    """DC_ Charging_ Parameters EV DC charging parameters."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    ev_max_current: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evMaxCurrent")
    ev_max_voltage: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evMaxVoltage")
    energy_amount: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="energyAmount")
    ev_max_power: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evMaxPower")
    state_of_charge: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="stateOfCharge")
    ev_energy_capacity: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evEnergyCapacity")
    full_so_c: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="fullSoC")
    bulk_so_c: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="bulkSoC")


class ChargingNeedsType(Payload, frozen=True, kw_only=True):
    """Charging_ Needs."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    ac_charging_parameters: ACChargingParametersType | None = field(default=None, name="acChargingParameters")
    dc_charging_parameters: DCChargingParametersType | None = field(default=None, name="dcChargingParameters")
    requested_energy_transfer: EnergyTransferModeEnumType = field(name="requestedEnergyTransfer")
    departure_time: AwareDatetime | None = field(default=None, name="departureTime")


class ChargingProfileCriterionType(Payload, frozen=True, kw_only=True):
    """Charging_ Profile A ChargingProfile consists of ChargingSchedule, describing the amount of power or current that can be delivered per time interval."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    charging_profile_purpose: ChargingProfilePurposeEnumType | None = field(default=None, name="chargingProfilePurpose")
    stack_level: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="stackLevel")
    charging_profile_id: Annotated[list[Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]], Meta(min_length=1)] | None = field(default=None, name="chargingProfileId")
    charging_limit_source: Annotated[list[ChargingLimitSourceEnumType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="chargingLimitSource")


class ChargingSchedulePeriodType(Payload, frozen=True, kw_only=True):
    """Charging_ Schedule_ Period Charging schedule period structure defines a time period in a charging schedule."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    start_period: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="startPeriod")
    limit: float
    number_phases: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="numberPhases")
    phase_to_use: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="phaseToUse")


class CostType(Payload, frozen=True, kw_only=True):
    """Cost."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    cost_kind: CostKindEnumType = field(name="costKind")
    amount: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    amount_multiplier: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="amountMultiplier")


class ConsumptionCostType(Payload, frozen=True, kw_only=True):
    """Consumption_ Cost."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    start_value: float = field(name="startValue")
    cost: Annotated[list[CostType], Meta(min_length=1, max_length=3)]


class RelativeTimeIntervalType(Payload, frozen=True, kw_only=True):
    """Relative_ Timer_ Interval."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    start: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None


class SalesTariffEntryType(Payload, frozen=True, kw_only=True):
    """Sales_ Tariff_ Entry."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    relative_time_interval: RelativeTimeIntervalType = field(name="relativeTimeInterval")
    e_price_level: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="ePriceLevel")
    consumption_cost: Annotated[list[ConsumptionCostType], Meta(min_length=1, max_length=3)] | None = field(default=None, name="consumptionCost")


class SalesTariffType(Payload, frozen=True, kw_only=True):
    """Sales_ Tariff NOTE: This dataType is based on dataTypes from &lt;&lt;ref-ISOIEC15118-2,ISO 15118-2&gt;&gt;."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    sales_tariff_description: Annotated[str, Meta(max_length=32)] | None = field(default=None, name="salesTariffDescription")
    num_e_price_levels: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="numEPriceLevels")
    sales_tariff_entry: Annotated[list[SalesTariffEntryType], Meta(min_length=1, max_length=1024)] = field(name="salesTariffEntry")


class ChargingScheduleType(Payload, frozen=True, kw_only=True):
    """Charging_ Schedule Charging schedule structure defines a list of charging periods, as used in: GetCompositeSchedule.conf and ChargingProfile."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    start_schedule: AwareDatetime | None = field(default=None, name="startSchedule")
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    charging_rate_unit: ChargingRateUnitEnumType = field(name="chargingRateUnit")
    charging_schedule_period: Annotated[list[ChargingSchedulePeriodType], Meta(min_length=1, max_length=1024)] = field(name="chargingSchedulePeriod")
    min_charging_rate: float | None = field(default=None, name="minChargingRate")
    sales_tariff: SalesTariffType | None = field(default=None, name="salesTariff")


class ChargingProfileType(Payload, frozen=True, kw_only=True):
    """Charging_ Profile A ChargingProfile consists of ChargingSchedule, describing the amount of power or current that can be delivered per time interval."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    stack_level: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="stackLevel")
    charging_profile_purpose: ChargingProfilePurposeEnumType = field(name="chargingProfilePurpose")
    charging_profile_kind: ChargingProfileKindEnumType = field(name="chargingProfileKind")
    recurrency_kind: RecurrencyKindEnumType | None = field(default=None, name="recurrencyKind")
    valid_from: AwareDatetime | None = field(default=None, name="validFrom")
    valid_to: AwareDatetime | None = field(default=None, name="validTo")
    charging_schedule: Annotated[list[ChargingScheduleType], Meta(min_length=1, max_length=3)] = field(name="chargingSchedule")
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")


class ClearCacheRequest(Payload, frozen=True, kw_only=True):
    """ClearCache request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearCacheResponse(Payload, frozen=True, kw_only=True):
    """ClearCache response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ClearCacheStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class ClearChargingProfileType(Payload, frozen=True, kw_only=True):
    """Charging_ Profile A ChargingProfile consists of a ChargingSchedule, describing the amount of power or current that can be delivered per time interval."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evseId")
    charging_profile_purpose: ChargingProfilePurposeEnumType | None = field(default=None, name="chargingProfilePurpose")
    stack_level: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="stackLevel")


class ClearChargingProfileRequest(Payload, frozen=True, kw_only=True):
    """ClearChargingProfile request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    charging_profile_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="chargingProfileId")
    charging_profile_criteria: ClearChargingProfileType | None = field(default=None, name="chargingProfileCriteria")


class ClearChargingProfileResponse(Payload, frozen=True, kw_only=True):
    """ClearChargingProfile response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ClearChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class ClearDisplayMessageRequest(Payload, frozen=True, kw_only=True):
    """ClearDisplayMessage request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]


class ClearDisplayMessageResponse(Payload, frozen=True, kw_only=True):
    """ClearDisplayMessage response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ClearMessageStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class ClearMonitoringResultType(Payload, frozen=True, kw_only=True):
    """ClearMonitoringResultType (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ClearMonitoringStatusEnumType
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class ClearVariableMonitoringRequest(Payload, frozen=True, kw_only=True):
    """ClearVariableMonitoring request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[list[Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]], Meta(min_length=1)]


class ClearVariableMonitoringResponse(Payload, frozen=True, kw_only=True):
    """ClearVariableMonitoring response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    clear_monitoring_result: Annotated[list[ClearMonitoringResultType], Meta(min_length=1)] = field(name="clearMonitoringResult")


class ClearedChargingLimitRequest(Payload, frozen=True, kw_only=True):
    """ClearedChargingLimit request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    charging_limit_source: ChargingLimitSourceEnumType = field(name="chargingLimitSource")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evseId")


class ClearedChargingLimitResponse(Payload, frozen=True, kw_only=True):
    """ClearedChargingLimit response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ComponentType(Payload, frozen=True, kw_only=True):
    """A physical or logical component."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse: EVSEType | None = None
    name: Annotated[str, Meta(max_length=50)]
    instance: Annotated[str, Meta(max_length=50)] | None = None


class VariableType(Payload, frozen=True, kw_only=True):
    """Reference key to a component-variable."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    name: Annotated[str, Meta(max_length=50)]
    instance: Annotated[str, Meta(max_length=50)] | None = None


class ComponentVariableType(Payload, frozen=True, kw_only=True):
    """Class to report components, variables and variable attributes and characteristics."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    component: ComponentType
    variable: VariableType | None = None


class CompositeScheduleType(Payload, frozen=True, kw_only=True):
    """Composite_ Schedule."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    charging_schedule_period: Annotated[list[ChargingSchedulePeriodType], Meta(min_length=1)] = field(name="chargingSchedulePeriod")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    schedule_start: AwareDatetime = field(name="scheduleStart")
    charging_rate_unit: ChargingRateUnitEnumType = field(name="chargingRateUnit")


class CostUpdatedRequest(Payload, frozen=True, kw_only=True):
    """CostUpdated request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    total_cost: float = field(name="totalCost")
    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")


class CostUpdatedResponse(Payload, frozen=True, kw_only=True):
    """CostUpdated response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class CustomerInformationRequest(Payload, frozen=True, kw_only=True):
    """CustomerInformation request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    customer_certificate: CertificateHashDataType | None = field(default=None, name="customerCertificate")
    id_token: IdTokenType | None = field(default=None, name="idToken")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    report: bool
    clear: bool
    customer_identifier: Annotated[str, Meta(max_length=64)] | None = field(default=None, name="customerIdentifier")


class CustomerInformationResponse(Payload, frozen=True, kw_only=True):
    """CustomerInformation response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: CustomerInformationStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class DataTransferRequest(Payload, frozen=True, kw_only=True):
    """DataTransfer request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    message_id: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="messageId")
    data: Any | None = None
    vendor_id: Annotated[str, Meta(max_length=255)] = field(name="vendorId")


class DataTransferResponse(Payload, frozen=True, kw_only=True):
    """DataTransfer response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: DataTransferStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    data: Any | None = None


class DeleteCertificateRequest(Payload, frozen=True, kw_only=True):
    """DeleteCertificate request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    certificate_hash_data: CertificateHashDataType = field(name="certificateHashData")


class DeleteCertificateResponse(Payload, frozen=True, kw_only=True):
    """DeleteCertificate response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: DeleteCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class EventDataType(Payload, frozen=True, kw_only=True):
    """Class to report an event notification for a component-variable."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    event_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="eventId")
    timestamp: AwareDatetime
    trigger: EventTriggerEnumType
    cause: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    actual_value: Annotated[str, Meta(max_length=2500)] = field(name="actualValue")
    tech_code: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="techCode")
    tech_info: Annotated[str, Meta(max_length=500)] | None = field(default=None, name="techInfo")
    cleared: bool | None = None
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    component: ComponentType
    variable_monitoring_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="variableMonitoringId")
    event_notification_type: EventNotificationEnumType = field(name="eventNotificationType")
    variable: VariableType


class FirmwareStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """FirmwareStatusNotification request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: FirmwareStatusEnumType
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")


class FirmwareStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """FirmwareStatusNotification response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class FirmwareType(Payload, frozen=True, kw_only=True):
    """Firmware Represents a copy of the firmware that can be loaded/updated on the Charging Station."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    location: Annotated[str, Meta(max_length=512)]
    retrieve_date_time: AwareDatetime = field(name="retrieveDateTime")
    install_date_time: AwareDatetime | None = field(default=None, name="installDateTime")
    signing_certificate: Annotated[str, Meta(max_length=5500)] | None = field(default=None, name="signingCertificate")
    signature: Annotated[str, Meta(max_length=800)] | None = None


class Get15118EVCertificateRequest(Payload, frozen=True, kw_only=True):
    """Get15118EVCertificate request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    iso15118_schema_version: Annotated[str, Meta(max_length=50)] = field(name="iso15118SchemaVersion")
    action: CertificateActionEnumType
    exi_request: Annotated[str, Meta(max_length=5600)] = field(name="exiRequest")


class Get15118EVCertificateResponse(Payload, frozen=True, kw_only=True):
    """Get15118EVCertificate response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: Iso15118EVCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    exi_response: Annotated[str, Meta(max_length=7500)] = field(name="exiResponse")


class GetBaseReportRequest(Payload, frozen=True, kw_only=True):
    """GetBaseReport request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    report_base: ReportBaseEnumType = field(name="reportBase")


class GetBaseReportResponse(Payload, frozen=True, kw_only=True):
    """GetBaseReport response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class GetCertificateStatusRequest(Payload, frozen=True, kw_only=True):
    """GetCertificateStatus request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    ocsp_request_data: OCSPRequestDataType = field(name="ocspRequestData")


class GetCertificateStatusResponse(Payload, frozen=True, kw_only=True):
    """GetCertificateStatus response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GetCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    ocsp_result: Annotated[str, Meta(max_length=5500)] | None = field(default=None, name="ocspResult")


class GetChargingProfilesRequest(Payload, frozen=True, kw_only=True):
    """GetChargingProfiles request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evseId")
    charging_profile: ChargingProfileCriterionType = field(name="chargingProfile")


class GetChargingProfilesResponse(Payload, frozen=True, kw_only=True):
    """GetChargingProfiles response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GetChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class GetCompositeScheduleRequest(Payload, frozen=True, kw_only=True):
    """GetCompositeSchedule request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    charging_rate_unit: ChargingRateUnitEnumType | None = field(default=None, name="chargingRateUnit")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")


class GetCompositeScheduleResponse(Payload, frozen=True, kw_only=True):
    """GetCompositeSchedule response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    schedule: CompositeScheduleType | None = None


class GetDisplayMessagesRequest(Payload, frozen=True, kw_only=True):
    """GetDisplayMessages request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[list[Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]], Meta(min_length=1)] | None = None
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    priority: MessagePriorityEnumType | None = None
    state: MessageStateEnumType | None = None


class GetDisplayMessagesResponse(Payload, frozen=True, kw_only=True):
    """GetDisplayMessages response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GetDisplayMessagesStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class GetInstalledCertificateIdsRequest(Payload, frozen=True, kw_only=True):
    """GetInstalledCertificateIds request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    certificate_type: Annotated[list[GetCertificateIdUseEnumType], Meta(min_length=1)] | None = field(default=None, name="certificateType")


class GetInstalledCertificateIdsResponse(Payload, frozen=True, kw_only=True):
    """GetInstalledCertificateIds response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GetInstalledCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    certificate_hash_data_chain: Annotated[list[CertificateHashDataChainType], Meta(min_length=1)] | None = field(default=None, name="certificateHashDataChain")


class GetLocalListVersionRequest(Payload, frozen=True, kw_only=True):
    """GetLocalListVersion request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetLocalListVersionResponse(Payload, frozen=True, kw_only=True):
    """GetLocalListVersion response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    version_number: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="versionNumber")


class LogParametersType(Payload, frozen=True, kw_only=True):
    """Log Generic class for the configuration of logging entries."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    remote_location: Annotated[str, Meta(max_length=512)] = field(name="remoteLocation")
    oldest_timestamp: AwareDatetime | None = field(default=None, name="oldestTimestamp")
    latest_timestamp: AwareDatetime | None = field(default=None, name="latestTimestamp")


class GetLogRequest(Payload, frozen=True, kw_only=True):
    """GetLog request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    log: LogParametersType
    log_type: LogEnumType = field(name="logType")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    retries: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")


class GetLogResponse(Payload, frozen=True, kw_only=True):
    """GetLog response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: LogStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    filename: Annotated[str, Meta(max_length=255)] | None = None


class GetMonitoringReportRequest(Payload, frozen=True, kw_only=True):
    """GetMonitoringReport request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    component_variable: Annotated[list[ComponentVariableType], Meta(min_length=1)] | None = field(default=None, name="componentVariable")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    monitoring_criteria: Annotated[list[MonitoringCriterionEnumType], Meta(min_length=1, max_length=3)] | None = field(default=None, name="monitoringCriteria")


class GetMonitoringReportResponse(Payload, frozen=True, kw_only=True):
    """GetMonitoringReport response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class GetReportRequest(Payload, frozen=True, kw_only=True):
    """GetReport request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    component_variable: Annotated[list[ComponentVariableType], Meta(min_length=1)] | None = field(default=None, name="componentVariable")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    component_criteria: Annotated[list[ComponentCriterionEnumType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="componentCriteria")


class GetReportResponse(Payload, frozen=True, kw_only=True):
    """GetReport response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class GetTransactionStatusRequest(Payload, frozen=True, kw_only=True):
    """GetTransactionStatus request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")


class GetTransactionStatusResponse(Payload, frozen=True, kw_only=True):
    """GetTransactionStatus response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    ongoing_indicator: bool | None = field(default=None, name="ongoingIndicator")
    messages_in_queue: bool = field(name="messagesInQueue")


class GetVariableDataType(Payload, frozen=True, kw_only=True):
    """Class to hold parameters for GetVariables request."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    component: ComponentType
    variable: VariableType


class GetVariableResultType(Payload, frozen=True, kw_only=True):
    """Class to hold results of GetVariables request."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    attribute_status_info: StatusInfoType | None = field(default=None, name="attributeStatusInfo")
    attribute_status: GetVariableStatusEnumType = field(name="attributeStatus")
    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    attribute_value: Annotated[str, Meta(max_length=2500)] | None = field(default=None, name="attributeValue")
    component: ComponentType
    variable: VariableType


class GetVariablesRequest(Payload, frozen=True, kw_only=True):
    """GetVariables request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    get_variable_data: Annotated[list[GetVariableDataType], Meta(min_length=1)] = field(name="getVariableData")


class GetVariablesResponse(Payload, frozen=True, kw_only=True):
    """GetVariables response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    get_variable_result: Annotated[list[GetVariableResultType], Meta(min_length=1)] = field(name="getVariableResult")


class HeartbeatRequest(Payload, frozen=True, kw_only=True):
    """Heartbeat request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class HeartbeatResponse(Payload, frozen=True, kw_only=True):
    """Heartbeat response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    current_time: AwareDatetime = field(name="currentTime")


class InstallCertificateRequest(Payload, frozen=True, kw_only=True):
    """InstallCertificate request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    certificate_type: InstallCertificateUseEnumType = field(name="certificateType")
    certificate: Annotated[str, Meta(max_length=5500)]


class InstallCertificateResponse(Payload, frozen=True, kw_only=True):
    """InstallCertificate response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: InstallCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class LogStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """LogStatusNotification request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: UploadLogStatusEnumType
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")


class LogStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """LogStatusNotification response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class MessageInfoType(Payload, frozen=True, kw_only=True):
    """Message_ Info Contains message details, for a message to be displayed on a Charging Station."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    display: ComponentType | None = None
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    priority: MessagePriorityEnumType
    state: MessageStateEnumType | None = None
    start_date_time: AwareDatetime | None = field(default=None, name="startDateTime")
    end_date_time: AwareDatetime | None = field(default=None, name="endDateTime")
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    message: MessageContentType


class SignedMeterValueType(Payload, frozen=True, kw_only=True):
    """Represent a signed version of the meter value."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    signed_meter_data: Annotated[str, Meta(max_length=2500)] = field(name="signedMeterData")
    signing_method: Annotated[str, Meta(max_length=50)] = field(name="signingMethod")
    encoding_method: Annotated[str, Meta(max_length=50)] = field(name="encodingMethod")
    public_key: Annotated[str, Meta(max_length=2500)] = field(name="publicKey")


class UnitOfMeasureType(Payload, frozen=True, kw_only=True):
    """Represents a UnitOfMeasure with a multiplier."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    unit: Annotated[str, Meta(max_length=20)] | None = None
    multiplier: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None


class SampledValueType(Payload, frozen=True, kw_only=True):
    """Sampled_ Value Single sampled value in MeterValues."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    value: float
    context: ReadingContextEnumType | None = None
    measurand: MeasurandEnumType | None = None
    phase: PhaseEnumType | None = None
    location: LocationEnumType | None = None
    signed_meter_value: SignedMeterValueType | None = field(default=None, name="signedMeterValue")
    unit_of_measure: UnitOfMeasureType | None = field(default=None, name="unitOfMeasure")


class MeterValueType(Payload, frozen=True, kw_only=True):
    """Meter_ Value Collection of one or more sampled values in MeterValuesRequest and TransactionEvent."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    sampled_value: Annotated[list[SampledValueType], Meta(min_length=1)] = field(name="sampledValue")
    timestamp: AwareDatetime


class MeterValuesRequest(Payload, frozen=True, kw_only=True):
    """MeterValues request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")
    meter_value: Annotated[list[MeterValueType], Meta(min_length=1)] = field(name="meterValue")


class MeterValuesResponse(Payload, frozen=True, kw_only=True):
    """MeterValues response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class VariableMonitoringType(Payload, frozen=True, kw_only=True):
    """A monitoring setting for a variable."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    transaction: bool
    value: float
    type: MonitorEnumType
    severity: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]


class MonitoringDataType(Payload, frozen=True, kw_only=True):
    """Class to hold parameters of SetVariableMonitoring request."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    component: ComponentType
    variable: VariableType
    variable_monitoring: Annotated[list[VariableMonitoringType], Meta(min_length=1)] = field(name="variableMonitoring")


class VPNType(Payload, frozen=True, kw_only=True):
    """VPN VPN Configuration settings."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    server: Annotated[str, Meta(max_length=512)]
    user: Annotated[str, Meta(max_length=20)]
    group: Annotated[str, Meta(max_length=20)] | None = None
    password: Annotated[str, Meta(max_length=20)]
    key: Annotated[str, Meta(max_length=255)]
    type: VPNEnumType


class NetworkConnectionProfileType(Payload, frozen=True, kw_only=True):
    """Communication_ Function The NetworkConnectionProfile defines the functional and technical parameters of a communication link."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    apn: APNType | None = None
    ocpp_version: OCPPVersionEnumType = field(name="ocppVersion")
    ocpp_transport: OCPPTransportEnumType = field(name="ocppTransport")
    ocpp_csms_url: Annotated[str, Meta(max_length=512)] = field(name="ocppCsmsUrl")
    message_timeout: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="messageTimeout")
    security_profile: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="securityProfile")
    ocpp_interface: OCPPInterfaceEnumType = field(name="ocppInterface")
    vpn: VPNType | None = None


class NotifyChargingLimitRequest(Payload, frozen=True, kw_only=True):
    """NotifyChargingLimit request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    charging_schedule: Annotated[list[ChargingScheduleType], Meta(min_length=1)] | None = field(default=None, name="chargingSchedule")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evseId")
    charging_limit: ChargingLimitType = field(name="chargingLimit")


class NotifyChargingLimitResponse(Payload, frozen=True, kw_only=True):
    """NotifyChargingLimit response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyCustomerInformationRequest(Payload, frozen=True, kw_only=True):
    """NotifyCustomerInformation request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    data: Annotated[str, Meta(max_length=512)]
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="seqNo")
    generated_at: AwareDatetime = field(name="generatedAt")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")


class NotifyCustomerInformationResponse(Payload, frozen=True, kw_only=True):
    """NotifyCustomerInformation response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyDisplayMessagesRequest(Payload, frozen=True, kw_only=True):
    """NotifyDisplayMessages request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    message_info: Annotated[list[MessageInfoType], Meta(min_length=1)] | None = field(default=None, name="messageInfo")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    tbc: bool | None = None


class NotifyDisplayMessagesResponse(Payload, frozen=True, kw_only=True):
    """NotifyDisplayMessages response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyEVChargingNeedsRequest(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingNeeds request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    max_schedule_tuples: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="maxScheduleTuples")
    charging_needs: ChargingNeedsType = field(name="chargingNeeds")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")


class NotifyEVChargingNeedsResponse(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingNeeds response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: NotifyEVChargingNeedsStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class NotifyEVChargingScheduleRequest(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingSchedule request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    time_base: AwareDatetime = field(name="timeBase")
    charging_schedule: ChargingScheduleType = field(name="chargingSchedule")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")


class NotifyEVChargingScheduleResponse(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingSchedule response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class NotifyEventRequest(Payload, frozen=True, kw_only=True):
    """NotifyEvent request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    generated_at: AwareDatetime = field(name="generatedAt")
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="seqNo")
    event_data: Annotated[list[EventDataType], Meta(min_length=1)] = field(name="eventData")


class NotifyEventResponse(Payload, frozen=True, kw_only=True):
    """NotifyEvent response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyMonitoringReportRequest(Payload, frozen=True, kw_only=True):
    """NotifyMonitoringReport request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    monitor: Annotated[list[MonitoringDataType], Meta(min_length=1)] | None = None
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="seqNo")
    generated_at: AwareDatetime = field(name="generatedAt")


class NotifyMonitoringReportResponse(Payload, frozen=True, kw_only=True):
    """NotifyMonitoringReport response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class VariableAttributeType(Payload, frozen=True, kw_only=True):
    """Attribute data of a variable."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    type: AttributeEnumType | None = None
    value: Annotated[str, Meta(max_length=2500)] | None = None
    mutability: MutabilityEnumType | None = None
    persistent: bool | None = None
    constant: bool | None = None


class VariableCharacteristicsType(Payload, frozen=True, kw_only=True):
    """Fixed read-only parameters of a variable."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    unit: Annotated[str, Meta(max_length=16)] | None = None
    data_type: DataEnumType = field(name="dataType")
    min_limit: float | None = field(default=None, name="minLimit")
    max_limit: float | None = field(default=None, name="maxLimit")
    values_list: Annotated[str, Meta(max_length=1000)] | None = field(default=None, name="valuesList")
    supports_monitoring: bool = field(name="supportsMonitoring")


class ReportDataType(Payload, frozen=True, kw_only=True):
    """Class to report components, variables and variable attributes and characteristics."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    component: ComponentType
    variable: VariableType
    variable_attribute: Annotated[list[VariableAttributeType], Meta(min_length=1, max_length=4)] = field(name="variableAttribute")
    variable_characteristics: VariableCharacteristicsType | None = field(default=None, name="variableCharacteristics")


class NotifyReportRequest(Payload, frozen=True, kw_only=True):
    """NotifyReport request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    generated_at: AwareDatetime = field(name="generatedAt")
    report_data: Annotated[list[ReportDataType], Meta(min_length=1)] | None = field(default=None, name="reportData")
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="seqNo")


class NotifyReportResponse(Payload, frozen=True, kw_only=True):
    """NotifyReport response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class PublishFirmwareRequest(Payload, frozen=True, kw_only=True):
    """PublishFirmware request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    location: Annotated[str, Meta(max_length=512)]
    retries: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    checksum: Annotated[str, Meta(max_length=32)]
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")


class PublishFirmwareResponse(Payload, frozen=True, kw_only=True):
    """PublishFirmware response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class PublishFirmwareStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """PublishFirmwareStatusNotification request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: PublishFirmwareStatusEnumType
    location: Annotated[list[Annotated[str, Meta(max_length=512)]], Meta(min_length=1)] | None = None
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")


class PublishFirmwareStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """PublishFirmwareStatusNotification response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReportChargingProfilesRequest(Payload, frozen=True, kw_only=True):
    """ReportChargingProfiles request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    charging_limit_source: ChargingLimitSourceEnumType = field(name="chargingLimitSource")
    charging_profile: Annotated[list[ChargingProfileType], Meta(min_length=1)] = field(name="chargingProfile")
    tbc: bool | None = None
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")


class ReportChargingProfilesResponse(Payload, frozen=True, kw_only=True):
    """ReportChargingProfiles response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class RequestStartTransactionRequest(Payload, frozen=True, kw_only=True):
    """RequestStartTransaction request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evseId")
    group_id_token: IdTokenType | None = field(default=None, name="groupIdToken")
    id_token: IdTokenType = field(name="idToken")
    remote_start_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="remoteStartId")
    charging_profile: ChargingProfileType | None = field(default=None, name="chargingProfile")


class RequestStartTransactionResponse(Payload, frozen=True, kw_only=True):
    """RequestStartTransaction response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: RequestStartStopStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")


class RequestStopTransactionRequest(Payload, frozen=True, kw_only=True):
    """RequestStopTransaction request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")


class RequestStopTransactionResponse(Payload, frozen=True, kw_only=True):
    """RequestStopTransaction response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: RequestStartStopStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class ReservationStatusUpdateRequest(Payload, frozen=True, kw_only=True):
    """ReservationStatusUpdate request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    reservation_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="reservationId")
    reservation_update_status: ReservationUpdateStatusEnumType = field(name="reservationUpdateStatus")


class ReservationStatusUpdateResponse(Payload, frozen=True, kw_only=True):
    """ReservationStatusUpdate response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReserveNowRequest(Payload, frozen=True, kw_only=True):
    """ReserveNow request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    expiry_date_time: AwareDatetime = field(name="expiryDateTime")
    connector_type: ConnectorEnumType | None = field(default=None, name="connectorType")
    id_token: IdTokenType = field(name="idToken")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evseId")
    group_id_token: IdTokenType | None = field(default=None, name="groupIdToken")


class ReserveNowResponse(Payload, frozen=True, kw_only=True):
    """ReserveNow response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ReserveNowStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class ResetRequest(Payload, frozen=True, kw_only=True):
    """Reset request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    type: ResetEnumType
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="evseId")


class ResetResponse(Payload, frozen=True, kw_only=True):
    """Reset response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ResetStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class SecurityEventNotificationRequest(Payload, frozen=True, kw_only=True):
    """SecurityEventNotification request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    type: Annotated[str, Meta(max_length=50)]
    timestamp: AwareDatetime
    tech_info: Annotated[str, Meta(max_length=255)] | None = field(default=None, name="techInfo")


class SecurityEventNotificationResponse(Payload, frozen=True, kw_only=True):
    """SecurityEventNotification response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class SendLocalListRequest(Payload, frozen=True, kw_only=True):
    """SendLocalList request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    local_authorization_list: Annotated[list[AuthorizationData], Meta(min_length=1)] | None = field(default=None, name="localAuthorizationList")
    version_number: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="versionNumber")
    update_type: UpdateEnumType = field(name="updateType")


class SendLocalListResponse(Payload, frozen=True, kw_only=True):
    """SendLocalList response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: SendLocalListStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class SetChargingProfileRequest(Payload, frozen=True, kw_only=True):
    """SetChargingProfile request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")
    charging_profile: ChargingProfileType = field(name="chargingProfile")


class SetChargingProfileResponse(Payload, frozen=True, kw_only=True):
    """SetChargingProfile response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: ChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class SetDisplayMessageRequest(Payload, frozen=True, kw_only=True):
    """SetDisplayMessage request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    message: MessageInfoType


class SetDisplayMessageResponse(Payload, frozen=True, kw_only=True):
    """SetDisplayMessage response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: DisplayMessageStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class SetMonitoringBaseRequest(Payload, frozen=True, kw_only=True):
    """SetMonitoringBase request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    monitoring_base: MonitoringBaseEnumType = field(name="monitoringBase")


class SetMonitoringBaseResponse(Payload, frozen=True, kw_only=True):
    """SetMonitoringBase response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class SetMonitoringDataType(Payload, frozen=True, kw_only=True):
    """Class to hold parameters of SetVariableMonitoring request."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    transaction: bool | None = None
    value: float
    type: MonitorEnumType
    severity: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    component: ComponentType
    variable: VariableType


class SetMonitoringLevelRequest(Payload, frozen=True, kw_only=True):
    """SetMonitoringLevel request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    severity: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]


class SetMonitoringLevelResponse(Payload, frozen=True, kw_only=True):
    """SetMonitoringLevel response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class SetMonitoringResultType(Payload, frozen=True, kw_only=True):
    """Class to hold result of SetVariableMonitoring request."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    status: SetMonitoringStatusEnumType
    type: MonitorEnumType
    component: ComponentType
    variable: VariableType
    severity: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]


class SetNetworkProfileRequest(Payload, frozen=True, kw_only=True):
    """SetNetworkProfile request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    configuration_slot: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="configurationSlot")
    connection_data: NetworkConnectionProfileType = field(name="connectionData")


class SetNetworkProfileResponse(Payload, frozen=True, kw_only=True):
    """SetNetworkProfile response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: SetNetworkProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class SetVariableDataType(Payload, frozen=True, kw_only=True):
    """SetVariableDataType (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    attribute_value: Annotated[str, Meta(max_length=1000)] = field(name="attributeValue")
    component: ComponentType
    variable: VariableType


class SetVariableMonitoringRequest(Payload, frozen=True, kw_only=True):
    """SetVariableMonitoring request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    set_monitoring_data: Annotated[list[SetMonitoringDataType], Meta(min_length=1)] = field(name="setMonitoringData")


class SetVariableMonitoringResponse(Payload, frozen=True, kw_only=True):
    """SetVariableMonitoring response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    set_monitoring_result: Annotated[list[SetMonitoringResultType], Meta(min_length=1)] = field(name="setMonitoringResult")


class SetVariableResultType(Payload, frozen=True, kw_only=True):
    """SetVariableResultType (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    attribute_status: SetVariableStatusEnumType = field(name="attributeStatus")
    attribute_status_info: StatusInfoType | None = field(default=None, name="attributeStatusInfo")
    component: ComponentType
    variable: VariableType


class SetVariablesRequest(Payload, frozen=True, kw_only=True):
    """SetVariables request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    set_variable_data: Annotated[list[SetVariableDataType], Meta(min_length=1)] = field(name="setVariableData")


class SetVariablesResponse(Payload, frozen=True, kw_only=True):
    """SetVariables response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    set_variable_result: Annotated[list[SetVariableResultType], Meta(min_length=1)] = field(name="setVariableResult")


class SignCertificateRequest(Payload, frozen=True, kw_only=True):
    """SignCertificate request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    csr: Annotated[str, Meta(max_length=5500)]
    certificate_type: CertificateSigningUseEnumType | None = field(default=None, name="certificateType")


class SignCertificateResponse(Payload, frozen=True, kw_only=True):
    """SignCertificate response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class StatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """StatusNotification request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    timestamp: AwareDatetime
    connector_status: ConnectorStatusEnumType = field(name="connectorStatus")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")
    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")


class StatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """StatusNotification response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class TransactionType(Payload, frozen=True, kw_only=True):
    """Transaction."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    charging_state: ChargingStateEnumType | None = field(default=None, name="chargingState")
    time_spent_charging: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="timeSpentCharging")
    stopped_reason: ReasonEnumType | None = field(default=None, name="stoppedReason")
    remote_start_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="remoteStartId")


class TransactionEventRequest(Payload, frozen=True, kw_only=True):
    """TransactionEvent request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    event_type: TransactionEventEnumType = field(name="eventType")
    meter_value: Annotated[list[MeterValueType], Meta(min_length=1)] | None = field(default=None, name="meterValue")
    timestamp: AwareDatetime
    trigger_reason: TriggerReasonEnumType = field(name="triggerReason")
    seq_no: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="seqNo")
    offline: bool | None = None
    number_of_phases_used: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="numberOfPhasesUsed")
    cable_max_current: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="cableMaxCurrent")
    reservation_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="reservationId")
    transaction_info: TransactionType = field(name="transactionInfo")
    evse: EVSEType | None = None
    id_token: IdTokenType | None = field(default=None, name="idToken")


class TransactionEventResponse(Payload, frozen=True, kw_only=True):
    """TransactionEvent response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    total_cost: float | None = field(default=None, name="totalCost")
    charging_priority: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="chargingPriority")
    id_token_info: IdTokenInfoType | None = field(default=None, name="idTokenInfo")
    updated_personal_message: MessageContentType | None = field(default=None, name="updatedPersonalMessage")


class TriggerMessageRequest(Payload, frozen=True, kw_only=True):
    """TriggerMessage request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse: EVSEType | None = None
    requested_message: MessageTriggerEnumType = field(name="requestedMessage")


class TriggerMessageResponse(Payload, frozen=True, kw_only=True):
    """TriggerMessage response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: TriggerMessageStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class UnlockConnectorRequest(Payload, frozen=True, kw_only=True):
    """UnlockConnector request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    evse_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="evseId")
    connector_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="connectorId")


class UnlockConnectorResponse(Payload, frozen=True, kw_only=True):
    """UnlockConnector response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: UnlockStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


class UnpublishFirmwareRequest(Payload, frozen=True, kw_only=True):
    """UnpublishFirmware request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    checksum: Annotated[str, Meta(max_length=32)]


class UnpublishFirmwareResponse(Payload, frozen=True, kw_only=True):
    """UnpublishFirmware response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: UnpublishFirmwareStatusEnumType


class UpdateFirmwareRequest(Payload, frozen=True, kw_only=True):
    """UpdateFirmware request payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    retries: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    firmware: FirmwareType


class UpdateFirmwareResponse(Payload, frozen=True, kw_only=True):
    """UpdateFirmware response payload (OCPP 2.0.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")
    status: UpdateFirmwareStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")


# Action -> (request type, response type); no response type for a message that is
# only ever sent unconfirmed (2.1 SEND, message type 6).
ACTIONS: Final[dict[str, tuple[type[Payload], type[Payload] | None]]] = {
    "Authorize": (AuthorizeRequest, AuthorizeResponse),
    "BootNotification": (BootNotificationRequest, BootNotificationResponse),
    "CancelReservation": (CancelReservationRequest, CancelReservationResponse),
    "CertificateSigned": (CertificateSignedRequest, CertificateSignedResponse),
    "ChangeAvailability": (ChangeAvailabilityRequest, ChangeAvailabilityResponse),
    "ClearCache": (ClearCacheRequest, ClearCacheResponse),
    "ClearChargingProfile": (ClearChargingProfileRequest, ClearChargingProfileResponse),
    "ClearDisplayMessage": (ClearDisplayMessageRequest, ClearDisplayMessageResponse),
    "ClearVariableMonitoring": (ClearVariableMonitoringRequest, ClearVariableMonitoringResponse),
    "ClearedChargingLimit": (ClearedChargingLimitRequest, ClearedChargingLimitResponse),
    "CostUpdated": (CostUpdatedRequest, CostUpdatedResponse),
    "CustomerInformation": (CustomerInformationRequest, CustomerInformationResponse),
    "DataTransfer": (DataTransferRequest, DataTransferResponse),
    "DeleteCertificate": (DeleteCertificateRequest, DeleteCertificateResponse),
    "FirmwareStatusNotification": (FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse),
    "Get15118EVCertificate": (Get15118EVCertificateRequest, Get15118EVCertificateResponse),
    "GetBaseReport": (GetBaseReportRequest, GetBaseReportResponse),
    "GetCertificateStatus": (GetCertificateStatusRequest, GetCertificateStatusResponse),
    "GetChargingProfiles": (GetChargingProfilesRequest, GetChargingProfilesResponse),
    "GetCompositeSchedule": (GetCompositeScheduleRequest, GetCompositeScheduleResponse),
    "GetDisplayMessages": (GetDisplayMessagesRequest, GetDisplayMessagesResponse),
    "GetInstalledCertificateIds": (GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse),
    "GetLocalListVersion": (GetLocalListVersionRequest, GetLocalListVersionResponse),
    "GetLog": (GetLogRequest, GetLogResponse),
    "GetMonitoringReport": (GetMonitoringReportRequest, GetMonitoringReportResponse),
    "GetReport": (GetReportRequest, GetReportResponse),
    "GetTransactionStatus": (GetTransactionStatusRequest, GetTransactionStatusResponse),
    "GetVariables": (GetVariablesRequest, GetVariablesResponse),
    "Heartbeat": (HeartbeatRequest, HeartbeatResponse),
    "InstallCertificate": (InstallCertificateRequest, InstallCertificateResponse),
    "LogStatusNotification": (LogStatusNotificationRequest, LogStatusNotificationResponse),
    "MeterValues": (MeterValuesRequest, MeterValuesResponse),
    "NotifyChargingLimit": (NotifyChargingLimitRequest, NotifyChargingLimitResponse),
    "NotifyCustomerInformation": (NotifyCustomerInformationRequest, NotifyCustomerInformationResponse),
    "NotifyDisplayMessages": (NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse),
    "NotifyEVChargingNeeds": (NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse),
    "NotifyEVChargingSchedule": (NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse),
    "NotifyEvent": (NotifyEventRequest, NotifyEventResponse),
    "NotifyMonitoringReport": (NotifyMonitoringReportRequest, NotifyMonitoringReportResponse),
    "NotifyReport": (NotifyReportRequest, NotifyReportResponse),
    "PublishFirmware": (PublishFirmwareRequest, PublishFirmwareResponse),
    "PublishFirmwareStatusNotification": (PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse),
    "ReportChargingProfiles": (ReportChargingProfilesRequest, ReportChargingProfilesResponse),
    "RequestStartTransaction": (RequestStartTransactionRequest, RequestStartTransactionResponse),
    "RequestStopTransaction": (RequestStopTransactionRequest, RequestStopTransactionResponse),
    "ReservationStatusUpdate": (ReservationStatusUpdateRequest, ReservationStatusUpdateResponse),
    "ReserveNow": (ReserveNowRequest, ReserveNowResponse),
    "Reset": (ResetRequest, ResetResponse),
    "SecurityEventNotification": (SecurityEventNotificationRequest, SecurityEventNotificationResponse),
    "SendLocalList": (SendLocalListRequest, SendLocalListResponse),
    "SetChargingProfile": (SetChargingProfileRequest, SetChargingProfileResponse),
    "SetDisplayMessage": (SetDisplayMessageRequest, SetDisplayMessageResponse),
    "SetMonitoringBase": (SetMonitoringBaseRequest, SetMonitoringBaseResponse),
    "SetMonitoringLevel": (SetMonitoringLevelRequest, SetMonitoringLevelResponse),
    "SetNetworkProfile": (SetNetworkProfileRequest, SetNetworkProfileResponse),
    "SetVariableMonitoring": (SetVariableMonitoringRequest, SetVariableMonitoringResponse),
    "SetVariables": (SetVariablesRequest, SetVariablesResponse),
    "SignCertificate": (SignCertificateRequest, SignCertificateResponse),
    "StatusNotification": (StatusNotificationRequest, StatusNotificationResponse),
    "TransactionEvent": (TransactionEventRequest, TransactionEventResponse),
    "TriggerMessage": (TriggerMessageRequest, TriggerMessageResponse),
    "UnlockConnector": (UnlockConnectorRequest, UnlockConnectorResponse),
    "UnpublishFirmware": (UnpublishFirmwareRequest, UnpublishFirmwareResponse),
    "UpdateFirmware": (UpdateFirmwareRequest, UpdateFirmwareResponse),
}
