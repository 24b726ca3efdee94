"""OCPP 2.1 payload types, generated from the JSON schemas of ocpp 2.1.0.

Do not edit: regenerate with ``python -m evserver.ocpp.json.schemas.generate``.
"""

from typing import Annotated, Any, Final, Literal, TypeAlias

from msgspec import Meta, field

from evserver.ocpp.json.schemas import AwareDatetime, INT64_MAX, INT64_MIN, Payload


APNAuthenticationEnumType: TypeAlias = Literal[
    "PAP",
    "CHAP",
    "NONE",
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


BatterySwapEventEnumType: TypeAlias = Literal[
    "BatteryIn",
    "BatteryOut",
    "BatteryOutTimeout",
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
    "V2G20Certificate",
]


CertificateStatusEnumType: TypeAlias = Literal[
    "Good",
    "Revoked",
    "Unknown",
    "Failed",
]


CertificateStatusSourceEnumType: TypeAlias = Literal[
    "CRL",
    "OCSP",
]


ChangeAvailabilityStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Scheduled",
]


ChargingProfileKindEnumType: TypeAlias = Literal[
    "Absolute",
    "Recurring",
    "Relative",
    "Dynamic",
]


ChargingProfilePurposeEnumType: TypeAlias = Literal[
    "ChargingStationExternalConstraints",
    "ChargingStationMaxProfile",
    "TxDefaultProfile",
    "TxProfile",
    "PriorityCharging",
    "LocalGeneration",
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
    "EVConnected",
    "Charging",
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
    "Rejected",
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


ConnectorStatusEnumType: TypeAlias = Literal[
    "Available",
    "Occupied",
    "Reserved",
    "Unavailable",
    "Faulted",
]


ControlModeEnumType: TypeAlias = Literal[
    "ScheduledControl",
    "DynamicControl",
]


CostDimensionEnumType: TypeAlias = Literal[
    "Energy",
    "MaxCurrent",
    "MinCurrent",
    "MaxPower",
    "MinPower",
    "IdleTIme",
    "ChargingTime",
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


DERControlEnumType: TypeAlias = Literal[
    "EnterService",
    "FreqDroop",
    "FreqWatt",
    "FixedPFAbsorb",
    "FixedPFInject",
    "FixedVar",
    "Gradients",
    "HFMustTrip",
    "HFMayTrip",
    "HVMustTrip",
    "HVMomCess",
    "HVMayTrip",
    "LimitMaxDischarge",
    "LFMustTrip",
    "LVMustTrip",
    "LVMomCess",
    "LVMayTrip",
    "PowerMonitoringMustTrip",
    "VoltVar",
    "VoltWatt",
    "WattPF",
    "WattVar",
]


DERControlStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NotSupported",
    "NotFound",
]


DERUnitEnumType: TypeAlias = Literal[
    "Not_Applicable",
    "PctMaxW",
    "PctMaxVar",
    "PctWAvail",
    "PctVarAvail",
    "PctEffectiveV",
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


DayOfWeekEnumType: TypeAlias = Literal[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
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
    "LanguageNotSupported",
]


EnergyTransferModeEnumType: TypeAlias = Literal[
    "AC_single_phase",
    "AC_two_phase",
    "AC_three_phase",
    "DC",
    "AC_BPT",
    "AC_BPT_DER",
    "AC_DER",
    "DC_BPT",
    "DC_ACDP",
    "DC_ACDP_BPT",
    "WPT",
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


EvseKindEnumType: TypeAlias = Literal[
    "AC",
    "DC",
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
    "OEMRootCertificate",
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


GridEventFaultEnumType: TypeAlias = Literal[
    "CurrentImbalance",
    "LocalEmergency",
    "LowInputPower",
    "OverCurrent",
    "OverFrequency",
    "OverVoltage",
    "PhaseRotation",
    "RemoteEmergency",
    "UnderFrequency",
    "UnderVoltage",
    "VoltageImbalance",
]


HashAlgorithmEnumType: TypeAlias = Literal[
    "SHA256",
    "SHA384",
    "SHA512",
]


InstallCertificateStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Failed",
]


InstallCertificateUseEnumType: TypeAlias = Literal[
    "V2GRootCertificate",
    "MORootCertificate",
    "ManufacturerRootCertificate",
    "CSMSRootCertificate",
    "OEMRootCertificate",
]


IslandingDetectionEnumType: TypeAlias = Literal[
    "NoAntiIslandingSupport",
    "RoCoF",
    "UVP_OVP",
    "UFP_OFP",
    "VoltageVectorShift",
    "ZeroCrossingDetection",
    "OtherPassive",
    "ImpedanceMeasurement",
    "ImpedanceAtFrequency",
    "SlipModeFrequencyShift",
    "SandiaFrequencyShift",
    "SandiaVoltageShift",
    "FrequencyJump",
    "RCLQFactor",
    "OtherActive",
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
    "Upstream",
]


LogEnumType: TypeAlias = Literal[
    "DiagnosticsLog",
    "SecurityLog",
    "DataCollectorLog",
]


LogStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "AcceptedCanceled",
]


MeasurandEnumType: TypeAlias = Literal[
    "Current.Export",
    "Current.Export.Offered",
    "Current.Export.Minimum",
    "Current.Import",
    "Current.Import.Offered",
    "Current.Import.Minimum",
    "Current.Offered",
    "Display.PresentSOC",
    "Display.MinimumSOC",
    "Display.TargetSOC",
    "Display.MaximumSOC",
    "Display.RemainingTimeToMinimumSOC",
    "Display.RemainingTimeToTargetSOC",
    "Display.RemainingTimeToMaximumSOC",
    "Display.ChargingComplete",
    "Display.BatteryEnergyCapacity",
    "Display.InletHot",
    "Energy.Active.Export.Interval",
    "Energy.Active.Export.Register",
    "Energy.Active.Import.Interval",
    "Energy.Active.Import.Register",
    "Energy.Active.Import.CableLoss",
    "Energy.Active.Import.LocalGeneration.Register",
    "Energy.Active.Net",
    "Energy.Active.Setpoint.Interval",
    "Energy.Apparent.Export",
    "Energy.Apparent.Import",
    "Energy.Apparent.Net",
    "Energy.Reactive.Export.Interval",
    "Energy.Reactive.Export.Register",
    "Energy.Reactive.Import.Interval",
    "Energy.Reactive.Import.Register",
    "Energy.Reactive.Net",
    "EnergyRequest.Target",
    "EnergyRequest.Minimum",
    "EnergyRequest.Maximum",
    "EnergyRequest.Minimum.V2X",
    "EnergyRequest.Maximum.V2X",
    "EnergyRequest.Bulk",
    "Frequency",
    "Power.Active.Export",
    "Power.Active.Import",
    "Power.Active.Setpoint",
    "Power.Active.Residual",
    "Power.Export.Minimum",
    "Power.Export.Offered",
    "Power.Factor",
    "Power.Import.Offered",
    "Power.Import.Minimum",
    "Power.Offered",
    "Power.Reactive.Export",
    "Power.Reactive.Import",
    "SoC",
    "Voltage",
    "Voltage.Minimum",
    "Voltage.Maximum",
]


MessageFormatEnumType: TypeAlias = Literal[
    "ASCII",
    "HTML",
    "URI",
    "UTF8",
    "QRCODE",
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
    "Suspended",
    "Discharging",
]


MessageTriggerEnumType: TypeAlias = Literal[
    "BootNotification",
    "LogStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "SignChargingStationCertificate",
    "SignV2GCertificate",
    "SignV2G20Certificate",
    "StatusNotification",
    "TransactionEvent",
    "SignCombinedCertificate",
    "PublishFirmwareStatusNotification",
    "CustomTrigger",
]


MobilityNeedsModeEnumType: TypeAlias = Literal[
    "EVCC",
    "EVCC_SECC",
]


MonitorEnumType: TypeAlias = Literal[
    "UpperThreshold",
    "LowerThreshold",
    "Delta",
    "Periodic",
    "PeriodicClockAligned",
    "TargetDelta",
    "TargetDeltaRelative",
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


NotifyAllowedEnergyTransferStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
]


NotifyEVChargingNeedsStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "Processing",
    "NoChargingProfile",
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
    "Any",
]


OCPPTransportEnumType: TypeAlias = Literal[
    "SOAP",
    "JSON",
]


OCPPVersionEnumType: TypeAlias = Literal[
    "OCPP12",
    "OCPP15",
    "OCPP16",
    "OCPP20",
    "OCPP201",
    "OCPP21",
]


OperationModeEnumType: TypeAlias = Literal[
    "Idle",
    "ChargingOnly",
    "CentralSetpoint",
    "ExternalSetpoint",
    "ExternalLimits",
    "CentralFrequency",
    "LocalFrequency",
    "LocalLoadBalancing",
]


OperationalStatusEnumType: TypeAlias = Literal[
    "Inoperative",
    "Operative",
]


PaymentStatusEnumType: TypeAlias = Literal[
    "Settled",
    "Canceled",
    "Rejected",
    "Failed",
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


PowerDuringCessationEnumType: TypeAlias = Literal[
    "Active",
    "Reactive",
]


PreconditioningStatusEnumType: TypeAlias = Literal[
    "Unknown",
    "Ready",
    "NotReady",
    "Preconditioning",
]


PriorityChargingStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NoProfile",
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
    "MasterPass",
    "Local",
    "LocalOutOfCredit",
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
    "ReqEnergyTransferRejected",
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
    "NoTransaction",
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
    "ImmediateAndResume",
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


TariffChangeStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "TooManyElements",
    "ConditionNotSupported",
    "TxNotFound",
    "NoCurrencyChange",
]


TariffClearStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NoTariff",
]


TariffCostEnumType: TypeAlias = Literal[
    "NormalCost",
    "MinCost",
    "MaxCost",
]


TariffGetStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "NoTariff",
]


TariffKindEnumType: TypeAlias = Literal[
    "DefaultTariff",
    "DriverTariff",
]


TariffSetStatusEnumType: TypeAlias = Literal[
    "Accepted",
    "Rejected",
    "TooManyElements",
    "ConditionNotSupported",
    "DuplicateTariffId",
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
    "AbnormalCondition",
    "Authorized",
    "CablePluggedIn",
    "ChargingRateChanged",
    "ChargingStateChanged",
    "CostLimitReached",
    "Deauthorized",
    "EnergyLimitReached",
    "EVCommunicationLost",
    "EVConnectTimeout",
    "EVDeparted",
    "EVDetected",
    "LimitSet",
    "MeterValueClock",
    "MeterValuePeriodic",
    "OperationModeChanged",
    "RemoteStart",
    "RemoteStop",
    "ResetCommand",
    "RunningCost",
    "SignedDataReceived",
    "SoCLimitReached",
    "StopAuthorized",
    "TariffChanged",
    "TariffNotAccepted",
    "TimeLimitReached",
    "Trigger",
    "TxResumed",
    "UnlockCommand",
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
    """CustomDataType (OCPP 2.1)."""

    vendor_id: Annotated[str, Meta(max_length=255)] = field(name="vendorId")


class ACChargingParametersType(Payload, frozen=True, kw_only=True):
    """EV AC charging parameters for ISO 15118-2."""

    energy_amount: float = field(name="energyAmount")
    ev_min_current: float = field(name="evMinCurrent")
    ev_max_current: float = field(name="evMaxCurrent")
    ev_max_voltage: float = field(name="evMaxVoltage")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AFRRSignalRequest(Payload, frozen=True, kw_only=True):
    """AFRRSignal request payload (OCPP 2.1)."""

    timestamp: AwareDatetime
    signal: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class StatusInfoType(Payload, frozen=True, kw_only=True):
    """Element providing more information about the status."""

    reason_code: Annotated[str, Meta(max_length=20)] = field(name="reasonCode")
    additional_info: Annotated[str, Meta(max_length=1024)] | None = field(default=None, name="additionalInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AFRRSignalResponse(Payload, frozen=True, kw_only=True):
    """AFRRSignal response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class APNType(Payload, frozen=True, kw_only=True):
    """Collection of configuration data needed to make a data-connection over a cellular network."""

    apn: Annotated[str, Meta(max_length=2000)]
    apn_user_name: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="apnUserName")
    apn_password: Annotated[str, Meta(max_length=64)] | None = field(default=None, name="apnPassword")
    sim_pin: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="simPin")
    preferred_network: Annotated[str, Meta(max_length=6)] | None = field(default=None, name="preferredNetwork")
    use_only_preferred_network: bool | None = field(default=None, name="useOnlyPreferredNetwork")
    apn_authentication: APNAuthenticationEnumType = field(name="apnAuthentication")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class RationalNumberType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    exponent: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    value: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AdditionalSelectedServicesType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    service_fee: RationalNumberType = field(name="serviceFee")
    service_name: Annotated[str, Meta(max_length=80)] = field(name="serviceName")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class OverstayRuleType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    overstay_fee: RationalNumberType = field(name="overstayFee")
    overstay_rule_description: Annotated[str, Meta(max_length=32)] | None = field(default=None, name="overstayRuleDescription")
    start_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="startTime")
    overstay_fee_period: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="overstayFeePeriod")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class OverstayRuleListType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    overstay_power_threshold: RationalNumberType | None = field(default=None, name="overstayPowerThreshold")
    overstay_rule: Annotated[list[OverstayRuleType], Meta(min_length=1, max_length=5)] = field(name="overstayRule")
    overstay_time_threshold: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="overstayTimeThreshold")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PriceRuleType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    parking_fee_period: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="parkingFeePeriod")
    carbon_dioxide_emission: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="carbonDioxideEmission")
    renewable_generation_percentage: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="renewableGenerationPercentage")
    energy_fee: RationalNumberType = field(name="energyFee")
    parking_fee: RationalNumberType | None = field(default=None, name="parkingFee")
    power_range_start: RationalNumberType = field(name="powerRangeStart")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PriceRuleStackType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    price_rule: Annotated[list[PriceRuleType], Meta(min_length=1, max_length=8)] = field(name="priceRule")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TaxRuleType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    tax_rule_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="taxRuleID")
    tax_rule_name: Annotated[str, Meta(max_length=100)] | None = field(default=None, name="taxRuleName")
    tax_included_in_price: bool | None = field(default=None, name="taxIncludedInPrice")
    applies_to_energy_fee: bool = field(name="appliesToEnergyFee")
    applies_to_parking_fee: bool = field(name="appliesToParkingFee")
    applies_to_overstay_fee: bool = field(name="appliesToOverstayFee")
    applies_to_minimum_maximum_cost: bool = field(name="appliesToMinimumMaximumCost")
    tax_rate: RationalNumberType = field(name="taxRate")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AbsolutePriceScheduleType(Payload, frozen=True, kw_only=True):
    """AbsolutePriceScheduleType (OCPP 2.1)."""

    time_anchor: AwareDatetime = field(name="timeAnchor")
    price_schedule_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="priceScheduleID")
    price_schedule_description: Annotated[str, Meta(max_length=160)] | None = field(default=None, name="priceScheduleDescription")
    currency: Annotated[str, Meta(max_length=3)]
    language: Annotated[str, Meta(max_length=8)]
    price_algorithm: Annotated[str, Meta(max_length=2000)] = field(name="priceAlgorithm")
    minimum_cost: RationalNumberType | None = field(default=None, name="minimumCost")
    maximum_cost: RationalNumberType | None = field(default=None, name="maximumCost")
    price_rule_stacks: Annotated[list[PriceRuleStackType], Meta(min_length=1, max_length=1024)] = field(name="priceRuleStacks")
    tax_rules: Annotated[list[TaxRuleType], Meta(min_length=1, max_length=10)] | None = field(default=None, name="taxRules")
    overstay_rule_list: OverstayRuleListType | None = field(default=None, name="overstayRuleList")
    additional_selected_services: Annotated[list[AdditionalSelectedServicesType], Meta(min_length=1, max_length=5)] | None = field(default=None, name="additionalSelectedServices")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AdditionalInfoType(Payload, frozen=True, kw_only=True):
    """Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers."""

    additional_id_token: Annotated[str, Meta(max_length=255)] = field(name="additionalIdToken")
    type: Annotated[str, Meta(max_length=50)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AddressType(Payload, frozen=True, kw_only=True):
    """*(2.1)* A generic address format."""

    name: Annotated[str, Meta(max_length=50)]
    address1: Annotated[str, Meta(max_length=100)]
    address2: Annotated[str, Meta(max_length=100)] | None = None
    city: Annotated[str, Meta(max_length=100)]
    postal_code: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="postalCode")
    country: Annotated[str, Meta(max_length=50)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PeriodicEventStreamParamsType(Payload, frozen=True, kw_only=True):
    """PeriodicEventStreamParamsType (OCPP 2.1)."""

    interval: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    values: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AdjustPeriodicEventStreamRequest(Payload, frozen=True, kw_only=True):
    """AdjustPeriodicEventStream request payload (OCPP 2.1)."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    params: PeriodicEventStreamParamsType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AdjustPeriodicEventStreamResponse(Payload, frozen=True, kw_only=True):
    """AdjustPeriodicEventStream response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class IdTokenType(Payload, frozen=True, kw_only=True):
    """Contains a case insensitive identifier to use for the authorization and the type of authorization to support multiple forms of identifiers."""

    additional_info: Annotated[list[AdditionalInfoType], Meta(min_length=1)] | None = field(default=None, name="additionalInfo")
    id_token: Annotated[str, Meta(max_length=255)] = field(name="idToken")
    type: Annotated[str, Meta(max_length=20)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class MessageContentType(Payload, frozen=True, kw_only=True):
    """Contains message details, for a message to be displayed on a Charging Station."""

    format: MessageFormatEnumType
    language: Annotated[str, Meta(max_length=8)] | None = None
    content: Annotated[str, Meta(max_length=1024)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class IdTokenInfoType(Payload, frozen=True, kw_only=True):
    """Contains status information about an identifier."""

    status: AuthorizationStatusEnumType
    cache_expiry_date_time: AwareDatetime | None = field(default=None, name="cacheExpiryDateTime")
    charging_priority: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="chargingPriority")
    group_id_token: IdTokenType | None = field(default=None, name="groupIdToken")
    language1: Annotated[str, Meta(max_length=8)] | None = None
    language2: Annotated[str, Meta(max_length=8)] | None = None
    evse_id: Annotated[list[Annotated[int, Meta(ge=0, le=INT64_MAX)]], Meta(min_length=1)] | None = field(default=None, name="evseId")
    personal_message: MessageContentType | None = field(default=None, name="personalMessage")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AuthorizationData(Payload, frozen=True, kw_only=True):
    """Contains the identifier to use for authorization."""

    id_token: IdTokenType = field(name="idToken")
    id_token_info: IdTokenInfoType | None = field(default=None, name="idTokenInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class OCSPRequestDataType(Payload, frozen=True, kw_only=True):
    """Information about a certificate for an OCSP check."""

    hash_algorithm: HashAlgorithmEnumType = field(name="hashAlgorithm")
    issuer_name_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerNameHash")
    issuer_key_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerKeyHash")
    serial_number: Annotated[str, Meta(max_length=40)] = field(name="serialNumber")
    responder_url: Annotated[str, Meta(max_length=2000)] = field(name="responderURL")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AuthorizeRequest(Payload, frozen=True, kw_only=True):
    """Authorize request payload (OCPP 2.1)."""

    id_token: IdTokenType = field(name="idToken")
    certificate: Annotated[str, Meta(max_length=10000)] | None = None
    iso15118_certificate_hash_data: Annotated[list[OCSPRequestDataType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="iso15118CertificateHashData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TaxRateType(Payload, frozen=True, kw_only=True):
    """Tax percentage."""

    type: Annotated[str, Meta(max_length=20)]
    tax: float
    stack: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PriceType(Payload, frozen=True, kw_only=True):
    """Price with and without tax."""

    excl_tax: float | None = field(default=None, name="exclTax")
    incl_tax: float | None = field(default=None, name="inclTax")
    tax_rates: Annotated[list[TaxRateType], Meta(min_length=1, max_length=5)] | None = field(default=None, name="taxRates")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffConditionsType(Payload, frozen=True, kw_only=True):
    """These conditions describe if and when a TariffEnergyType or TariffTimeType applies during a transaction."""

    start_time_of_day: str | None = field(default=None, name="startTimeOfDay")
    end_time_of_day: str | None = field(default=None, name="endTimeOfDay")
    day_of_week: Annotated[list[DayOfWeekEnumType], Meta(min_length=1, max_length=7)] | None = field(default=None, name="dayOfWeek")
    valid_from_date: str | None = field(default=None, name="validFromDate")
    valid_to_date: str | None = field(default=None, name="validToDate")
    evse_kind: EvseKindEnumType | None = field(default=None, name="evseKind")
    min_energy: float | None = field(default=None, name="minEnergy")
    max_energy: float | None = field(default=None, name="maxEnergy")
    min_current: float | None = field(default=None, name="minCurrent")
    max_current: float | None = field(default=None, name="maxCurrent")
    min_power: float | None = field(default=None, name="minPower")
    max_power: float | None = field(default=None, name="maxPower")
    min_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="minTime")
    max_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="maxTime")
    min_charging_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="minChargingTime")
    max_charging_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="maxChargingTime")
    min_idle_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="minIdleTime")
    max_idle_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="maxIdleTime")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffEnergyPriceType(Payload, frozen=True, kw_only=True):
    """Tariff with optional conditions for an energy price."""

    price_kwh: float = field(name="priceKwh")
    conditions: TariffConditionsType | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffEnergyType(Payload, frozen=True, kw_only=True):
    """Price elements and tax for energy."""

    prices: Annotated[list[TariffEnergyPriceType], Meta(min_length=1)]
    tax_rates: Annotated[list[TaxRateType], Meta(min_length=1, max_length=5)] | None = field(default=None, name="taxRates")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffConditionsFixedType(Payload, frozen=True, kw_only=True):
    """These conditions describe if a FixedPrice applies at start of the transaction."""

    start_time_of_day: str | None = field(default=None, name="startTimeOfDay")
    end_time_of_day: str | None = field(default=None, name="endTimeOfDay")
    day_of_week: Annotated[list[DayOfWeekEnumType], Meta(min_length=1, max_length=7)] | None = field(default=None, name="dayOfWeek")
    valid_from_date: str | None = field(default=None, name="validFromDate")
    valid_to_date: str | None = field(default=None, name="validToDate")
    evse_kind: EvseKindEnumType | None = field(default=None, name="evseKind")
    payment_brand: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="paymentBrand")
    payment_recognition: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="paymentRecognition")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffFixedPriceType(Payload, frozen=True, kw_only=True):
    """Tariff with optional conditions for a fixed price."""

    conditions: TariffConditionsFixedType | None = None
    price_fixed: float = field(name="priceFixed")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffFixedType(Payload, frozen=True, kw_only=True):
    """TariffFixedType (OCPP 2.1)."""

    prices: Annotated[list[TariffFixedPriceType], Meta(min_length=1)]
    tax_rates: Annotated[list[TaxRateType], Meta(min_length=1, max_length=5)] | None = field(default=None, name="taxRates")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffTimePriceType(Payload, frozen=True, kw_only=True):
    """Tariff with optional conditions for a time duration price."""

    price_minute: float = field(name="priceMinute")
    conditions: TariffConditionsType | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffTimeType(Payload, frozen=True, kw_only=True):
    """Price elements and tax for time."""

    prices: Annotated[list[TariffTimePriceType], Meta(min_length=1)]
    tax_rates: Annotated[list[TaxRateType], Meta(min_length=1, max_length=5)] | None = field(default=None, name="taxRates")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffType(Payload, frozen=True, kw_only=True):
    """A tariff is described by fields with prices for: energy, charging time, idle time, fixed fee, reservation time, reservation fixed fee."""

    tariff_id: Annotated[str, Meta(max_length=60)] = field(name="tariffId")
    description: Annotated[list[MessageContentType], Meta(min_length=1, max_length=10)] | None = None
    currency: Annotated[str, Meta(max_length=3)]
    energy: TariffEnergyType | None = None
    valid_from: AwareDatetime | None = field(default=None, name="validFrom")
    charging_time: TariffTimeType | None = field(default=None, name="chargingTime")
    idle_time: TariffTimeType | None = field(default=None, name="idleTime")
    fixed_fee: TariffFixedType | None = field(default=None, name="fixedFee")
    reservation_time: TariffTimeType | None = field(default=None, name="reservationTime")
    reservation_fixed: TariffFixedType | None = field(default=None, name="reservationFixed")
    min_cost: PriceType | None = field(default=None, name="minCost")
    max_cost: PriceType | None = field(default=None, name="maxCost")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class AuthorizeResponse(Payload, frozen=True, kw_only=True):
    """Authorize response payload (OCPP 2.1)."""

    id_token_info: IdTokenInfoType = field(name="idTokenInfo")
    certificate_status: AuthorizeCertificateStatusEnumType | None = field(default=None, name="certificateStatus")
    allowed_energy_transfer: Annotated[list[EnergyTransferModeEnumType], Meta(min_length=1)] | None = field(default=None, name="allowedEnergyTransfer")
    tariff: TariffType | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class BatteryDataType(Payload, frozen=True, kw_only=True):
    """BatteryDataType (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    serial_number: Annotated[str, Meta(max_length=50)] = field(name="serialNumber")
    so_c: Annotated[float, Meta(ge=0.0, le=100.0)] = field(name="soC")
    so_h: Annotated[float, Meta(ge=0.0, le=100.0)] = field(name="soH")
    production_date: AwareDatetime | None = field(default=None, name="productionDate")
    vendor_info: Annotated[str, Meta(max_length=500)] | None = field(default=None, name="vendorInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class BatterySwapRequest(Payload, frozen=True, kw_only=True):
    """BatterySwap request payload (OCPP 2.1)."""

    battery_data: Annotated[list[BatteryDataType], Meta(min_length=1)] = field(name="batteryData")
    event_type: BatterySwapEventEnumType = field(name="eventType")
    id_token: IdTokenType = field(name="idToken")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class BatterySwapResponse(Payload, frozen=True, kw_only=True):
    """BatterySwap response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ModemType(Payload, frozen=True, kw_only=True):
    """Defines parameters required for initiating and maintaining wireless communication with other devices."""

    iccid: Annotated[str, Meta(max_length=20)] | None = None
    imsi: Annotated[str, Meta(max_length=20)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingStationType(Payload, frozen=True, kw_only=True):
    """The physical system where an Electrical Vehicle (EV) can be charged."""

    serial_number: Annotated[str, Meta(max_length=25)] | None = field(default=None, name="serialNumber")
    model: Annotated[str, Meta(max_length=20)]
    modem: ModemType | None = None
    vendor_name: Annotated[str, Meta(max_length=50)] = field(name="vendorName")
    firmware_version: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="firmwareVersion")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class BootNotificationRequest(Payload, frozen=True, kw_only=True):
    """BootNotification request payload (OCPP 2.1)."""

    charging_station: ChargingStationType = field(name="chargingStation")
    reason: BootReasonEnumType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class BootNotificationResponse(Payload, frozen=True, kw_only=True):
    """BootNotification response payload (OCPP 2.1)."""

    current_time: AwareDatetime = field(name="currentTime")
    interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    status: RegistrationStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CancelReservationRequest(Payload, frozen=True, kw_only=True):
    """CancelReservation request payload (OCPP 2.1)."""

    reservation_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="reservationId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CancelReservationResponse(Payload, frozen=True, kw_only=True):
    """CancelReservation response payload (OCPP 2.1)."""

    status: CancelReservationStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CertificateHashDataType(Payload, frozen=True, kw_only=True):
    """CertificateHashDataType (OCPP 2.1)."""

    hash_algorithm: HashAlgorithmEnumType = field(name="hashAlgorithm")
    issuer_name_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerNameHash")
    issuer_key_hash: Annotated[str, Meta(max_length=128)] = field(name="issuerKeyHash")
    serial_number: Annotated[str, Meta(max_length=40)] = field(name="serialNumber")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CertificateHashDataChainType(Payload, frozen=True, kw_only=True):
    """CertificateHashDataChainType (OCPP 2.1)."""

    certificate_hash_data: CertificateHashDataType = field(name="certificateHashData")
    certificate_type: GetCertificateIdUseEnumType = field(name="certificateType")
    child_certificate_hash_data: Annotated[list[CertificateHashDataType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="childCertificateHashData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CertificateSignedRequest(Payload, frozen=True, kw_only=True):
    """CertificateSigned request payload (OCPP 2.1)."""

    certificate_chain: Annotated[str, Meta(max_length=10000)] = field(name="certificateChain")
    certificate_type: CertificateSigningUseEnumType | None = field(default=None, name="certificateType")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CertificateSignedResponse(Payload, frozen=True, kw_only=True):
    """CertificateSigned response payload (OCPP 2.1)."""

    status: CertificateSignedStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CertificateStatusRequestInfoType(Payload, frozen=True, kw_only=True):
    """Data necessary to request the revocation status of a certificate."""

    certificate_hash_data: CertificateHashDataType = field(name="certificateHashData")
    source: CertificateStatusSourceEnumType
    urls: Annotated[list[Annotated[str, Meta(max_length=2000)]], Meta(min_length=1, max_length=5)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CertificateStatusType(Payload, frozen=True, kw_only=True):
    """Revocation status of certificate."""

    certificate_hash_data: CertificateHashDataType = field(name="certificateHashData")
    source: CertificateStatusSourceEnumType
    status: CertificateStatusEnumType
    next_update: AwareDatetime = field(name="nextUpdate")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EVSEType(Payload, frozen=True, kw_only=True):
    """Electric Vehicle Supply Equipment."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    connector_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="connectorId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChangeAvailabilityRequest(Payload, frozen=True, kw_only=True):
    """ChangeAvailability request payload (OCPP 2.1)."""

    evse: EVSEType | None = None
    operational_status: OperationalStatusEnumType = field(name="operationalStatus")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChangeAvailabilityResponse(Payload, frozen=True, kw_only=True):
    """ChangeAvailability response payload (OCPP 2.1)."""

    status: ChangeAvailabilityStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChangeTransactionTariffRequest(Payload, frozen=True, kw_only=True):
    """ChangeTransactionTariff request payload (OCPP 2.1)."""

    tariff: TariffType
    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChangeTransactionTariffResponse(Payload, frozen=True, kw_only=True):
    """ChangeTransactionTariff response payload (OCPP 2.1)."""

    status: TariffChangeStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingLimitType(Payload, frozen=True, kw_only=True):
    """ChargingLimitType (OCPP 2.1)."""

    charging_limit_source: Annotated[str, Meta(max_length=20)] = field(name="chargingLimitSource")
    is_local_generation: bool | None = field(default=None, name="isLocalGeneration")
    is_grid_critical: bool | None = field(default=None, name="isGridCritical")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DCChargingParametersType(Payload, frozen=True, kw_only=True):
    """EV DC charging parameters for ISO 15118-2."""

    ev_max_current: float = field(name="evMaxCurrent")
    ev_max_voltage: float = field(name="evMaxVoltage")
    ev_max_power: float | None = field(default=None, name="evMaxPower")
    ev_energy_capacity: float | None = field(default=None, name="evEnergyCapacity")
    energy_amount: float | None = field(default=None, name="energyAmount")
    state_of_charge: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="stateOfCharge")
    full_so_c: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="fullSoC")
    bulk_so_c: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="bulkSoC")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DERChargingParametersType(Payload, frozen=True, kw_only=True):
    """DERChargingParametersType (OCPP 2.1)."""

    ev_supported_der_control: Annotated[list[DERControlEnumType], Meta(min_length=1)] | None = field(default=None, name="evSupportedDERControl")
    ev_over_excited_max_discharge_power: float | None = field(default=None, name="evOverExcitedMaxDischargePower")
    ev_over_excited_power_factor: float | None = field(default=None, name="evOverExcitedPowerFactor")
    ev_under_excited_max_discharge_power: float | None = field(default=None, name="evUnderExcitedMaxDischargePower")
    ev_under_excited_power_factor: float | None = field(default=None, name="evUnderExcitedPowerFactor")
    max_apparent_power: float | None = field(default=None, name="maxApparentPower")
    max_charge_apparent_power: float | None = field(default=None, name="maxChargeApparentPower")
    max_charge_apparent_power_l2: float | None = field(default=None, name="maxChargeApparentPower_L2")
    max_charge_apparent_power_l3: float | None = field(default=None, name="maxChargeApparentPower_L3")
    max_discharge_apparent_power: float | None = field(default=None, name="maxDischargeApparentPower")
    max_discharge_apparent_power_l2: float | None = field(default=None, name="maxDischargeApparentPower_L2")
    max_discharge_apparent_power_l3: float | None = field(default=None, name="maxDischargeApparentPower_L3")
    max_charge_reactive_power: float | None = field(default=None, name="maxChargeReactivePower")
    max_charge_reactive_power_l2: float | None = field(default=None, name="maxChargeReactivePower_L2")
    max_charge_reactive_power_l3: float | None = field(default=None, name="maxChargeReactivePower_L3")
    min_charge_reactive_power: float | None = field(default=None, name="minChargeReactivePower")
    min_charge_reactive_power_l2: float | None = field(default=None, name="minChargeReactivePower_L2")
    min_charge_reactive_power_l3: float | None = field(default=None, name="minChargeReactivePower_L3")
    max_discharge_reactive_power: float | None = field(default=None, name="maxDischargeReactivePower")
    max_discharge_reactive_power_l2: float | None = field(default=None, name="maxDischargeReactivePower_L2")
    max_discharge_reactive_power_l3: float | None = field(default=None, name="maxDischargeReactivePower_L3")
    min_discharge_reactive_power: float | None = field(default=None, name="minDischargeReactivePower")
    min_discharge_reactive_power_l2: float | None = field(default=None, name="minDischargeReactivePower_L2")
    min_discharge_reactive_power_l3: float | None = field(default=None, name="minDischargeReactivePower_L3")
    nominal_voltage: float | None = field(default=None, name="nominalVoltage")
    nominal_voltage_offset: float | None = field(default=None, name="nominalVoltageOffset")
    max_nominal_voltage: float | None = field(default=None, name="maxNominalVoltage")
    min_nominal_voltage: float | None = field(default=None, name="minNominalVoltage")
    ev_inverter_manufacturer: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="evInverterManufacturer")
    ev_inverter_model: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="evInverterModel")
    ev_inverter_serial_number: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="evInverterSerialNumber")
    ev_inverter_sw_version: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="evInverterSwVersion")
    ev_inverter_hw_version: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="evInverterHwVersion")
    ev_islanding_detection_method: Annotated[list[IslandingDetectionEnumType], Meta(min_length=1)] | None = field(default=None, name="evIslandingDetectionMethod")
    ev_islanding_trip_time: float | None = field(default=None, name="evIslandingTripTime")
    ev_maximum_level1_dc_injection: float | None = field(default=None, name="evMaximumLevel1DCInjection")
    ev_duration_level1_dc_injection: float | None = field(default=None, name="evDurationLevel1DCInjection")
    ev_maximum_level2_dc_injection: float | None = field(default=None, name="evMaximumLevel2DCInjection")
    ev_duration_level2_dc_injection: float | None = field(default=None, name="evDurationLevel2DCInjection")
    ev_reactive_susceptance: float | None = field(default=None, name="evReactiveSusceptance")
    ev_session_total_discharge_energy_available: float | None = field(default=None, name="evSessionTotalDischargeEnergyAvailable")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EVPriceRuleType(Payload, frozen=True, kw_only=True):
    """*(2.1)* An entry in price schedule over time for which EV is willing to discharge."""

    energy_fee: float = field(name="energyFee")
    power_range_start: float = field(name="powerRangeStart")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EVAbsolutePriceScheduleEntryType(Payload, frozen=True, kw_only=True):
    """*(2.1)* An entry in price schedule over time for which EV is willing to discharge."""

    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    ev_price_rule: Annotated[list[EVPriceRuleType], Meta(min_length=1, max_length=8)] = field(name="evPriceRule")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EVAbsolutePriceScheduleType(Payload, frozen=True, kw_only=True):
    """*(2.1)* Price schedule of EV energy offer."""

    time_anchor: AwareDatetime = field(name="timeAnchor")
    currency: Annotated[str, Meta(max_length=3)]
    ev_absolute_price_schedule_entries: Annotated[list[EVAbsolutePriceScheduleEntryType], Meta(min_length=1, max_length=1024)] = field(name="evAbsolutePriceScheduleEntries")
    price_algorithm: Annotated[str, Meta(max_length=2000)] = field(name="priceAlgorithm")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EVPowerScheduleEntryType(Payload, frozen=True, kw_only=True):
    """*(2.1)* An entry in schedule of the energy amount over time that EV is willing to discharge."""

    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    power: float
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EVPowerScheduleType(Payload, frozen=True, kw_only=True):
    """*(2.1)* Schedule of EV energy offer."""

    ev_power_schedule_entries: Annotated[list[EVPowerScheduleEntryType], Meta(min_length=1, max_length=1024)] = field(name="evPowerScheduleEntries")
    time_anchor: AwareDatetime = field(name="timeAnchor")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EVEnergyOfferType(Payload, frozen=True, kw_only=True):
    """*(2.1)* A schedule of the energy amount over time that EV is willing to discharge."""

    ev_absolute_price_schedule: EVAbsolutePriceScheduleType | None = field(default=None, name="evAbsolutePriceSchedule")
    ev_power_schedule: EVPowerScheduleType = field(name="evPowerSchedule")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class V2XChargingParametersType(Payload, frozen=True, kw_only=True):
    """V2XChargingParametersType (OCPP 2.1)."""

    min_charge_power: float | None = field(default=None, name="minChargePower")
    min_charge_power_l2: float | None = field(default=None, name="minChargePower_L2")
    min_charge_power_l3: float | None = field(default=None, name="minChargePower_L3")
    max_charge_power: float | None = field(default=None, name="maxChargePower")
    max_charge_power_l2: float | None = field(default=None, name="maxChargePower_L2")
    max_charge_power_l3: float | None = field(default=None, name="maxChargePower_L3")
    min_discharge_power: float | None = field(default=None, name="minDischargePower")
    min_discharge_power_l2: float | None = field(default=None, name="minDischargePower_L2")
    min_discharge_power_l3: float | None = field(default=None, name="minDischargePower_L3")
    max_discharge_power: float | None = field(default=None, name="maxDischargePower")
    max_discharge_power_l2: float | None = field(default=None, name="maxDischargePower_L2")
    max_discharge_power_l3: float | None = field(default=None, name="maxDischargePower_L3")
    min_charge_current: float | None = field(default=None, name="minChargeCurrent")
    max_charge_current: float | None = field(default=None, name="maxChargeCurrent")
    min_discharge_current: float | None = field(default=None, name="minDischargeCurrent")
    max_discharge_current: float | None = field(default=None, name="maxDischargeCurrent")
    min_voltage: float | None = field(default=None, name="minVoltage")
    max_voltage: float | None = field(default=None, name="maxVoltage")
    ev_target_energy_request: float | None = field(default=None, name="evTargetEnergyRequest")
    ev_min_energy_request: float | None = field(default=None, name="evMinEnergyRequest")
    ev_max_energy_request: float | None = field(default=None, name="evMaxEnergyRequest")
    ev_min_v2_x_energy_request: float | None = field(default=None, name="evMinV2XEnergyRequest")
    ev_max_v2_x_energy_request: float | None = field(default=None, name="evMaxV2XEnergyRequest")
    target_so_c: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="targetSoC")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingNeedsType(Payload, frozen=True, kw_only=True):
    """ChargingNeedsType (OCPP 2.1)."""

    ac_charging_parameters: ACChargingParametersType | None = field(default=None, name="acChargingParameters")
    der_charging_parameters: DERChargingParametersType | None = field(default=None, name="derChargingParameters")
    ev_energy_offer: EVEnergyOfferType | None = field(default=None, name="evEnergyOffer")
    requested_energy_transfer: EnergyTransferModeEnumType = field(name="requestedEnergyTransfer")
    dc_charging_parameters: DCChargingParametersType | None = field(default=None, name="dcChargingParameters")
    v2x_charging_parameters: V2XChargingParametersType | None = field(default=None, name="v2xChargingParameters")
    available_energy_transfer: Annotated[list[EnergyTransferModeEnumType], Meta(min_length=1)] | None = field(default=None, name="availableEnergyTransfer")
    control_mode: ControlModeEnumType | None = field(default=None, name="controlMode")
    mobility_needs_mode: MobilityNeedsModeEnumType | None = field(default=None, name="mobilityNeedsMode")
    departure_time: AwareDatetime | None = field(default=None, name="departureTime")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CostDimensionType(Payload, frozen=True, kw_only=True):
    """Volume consumed of cost dimension."""

    type: CostDimensionEnumType
    volume: float
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingPeriodType(Payload, frozen=True, kw_only=True):
    """ChargingPeriodType (OCPP 2.1)."""

    dimensions: Annotated[list[CostDimensionType], Meta(min_length=1)] | None = None
    tariff_id: Annotated[str, Meta(max_length=60)] | None = field(default=None, name="tariffId")
    start_period: AwareDatetime = field(name="startPeriod")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingProfileCriterionType(Payload, frozen=True, kw_only=True):
    """A ChargingProfileCriterionType is a filter for charging profiles to be selected by a GetChargingProfilesRequest."""

    charging_profile_purpose: ChargingProfilePurposeEnumType | None = field(default=None, name="chargingProfilePurpose")
    stack_level: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="stackLevel")
    charging_profile_id: Annotated[list[Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]], Meta(min_length=1)] | None = field(default=None, name="chargingProfileId")
    charging_limit_source: Annotated[list[Annotated[str, Meta(max_length=20)]], Meta(min_length=1, max_length=4)] | None = field(default=None, name="chargingLimitSource")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class V2XFreqWattPointType(Payload, frozen=True, kw_only=True):
    """*(2.1)* A point of a frequency-watt curve."""

    frequency: float
    power: float
    custom_data: CustomDataType | None = field(default=None, name="customData")


class V2XSignalWattPointType(Payload, frozen=True, kw_only=True):
    """*(2.1)* A point of a signal-watt curve."""

    signal: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    power: float
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingSchedulePeriodType(Payload, frozen=True, kw_only=True):
    """Charging schedule period structure defines a time period in a charging schedule."""

    start_period: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="startPeriod")
    limit: float | None = None
    limit_l2: float | None = field(default=None, name="limit_L2")
    limit_l3: float | None = field(default=None, name="limit_L3")
    number_phases: Annotated[int, Meta(ge=0, le=3)] | None = field(default=None, name="numberPhases")
    phase_to_use: Annotated[int, Meta(ge=0, le=3)] | None = field(default=None, name="phaseToUse")
    discharge_limit: Annotated[float, Meta(le=0.0)] | None = field(default=None, name="dischargeLimit")
    discharge_limit_l2: Annotated[float, Meta(le=0.0)] | None = field(default=None, name="dischargeLimit_L2")
    discharge_limit_l3: Annotated[float, Meta(le=0.0)] | None = field(default=None, name="dischargeLimit_L3")
    setpoint: float | None = None
    setpoint_l2: float | None = field(default=None, name="setpoint_L2")
    setpoint_l3: float | None = field(default=None, name="setpoint_L3")
    setpoint_reactive: float | None = field(default=None, name="setpointReactive")
    setpoint_reactive_l2: float | None = field(default=None, name="setpointReactive_L2")
    setpoint_reactive_l3: float | None = field(default=None, name="setpointReactive_L3")
    preconditioning_request: bool | None = field(default=None, name="preconditioningRequest")
    evse_sleep: bool | None = field(default=None, name="evseSleep")
    v2x_baseline: float | None = field(default=None, name="v2xBaseline")
    operation_mode: OperationModeEnumType | None = field(default=None, name="operationMode")
    v2x_freq_watt_curve: Annotated[list[V2XFreqWattPointType], Meta(min_length=1, max_length=20)] | None = field(default=None, name="v2xFreqWattCurve")
    v2x_signal_watt_curve: Annotated[list[V2XSignalWattPointType], Meta(min_length=1, max_length=20)] | None = field(default=None, name="v2xSignalWattCurve")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class LimitAtSoCType(Payload, frozen=True, kw_only=True):
    """LimitAtSoCType (OCPP 2.1)."""

    soc: Annotated[int, Meta(ge=0, le=100)]
    limit: float
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PriceLevelScheduleEntryType(Payload, frozen=True, kw_only=True):
    """Part of ISO 15118-20 price schedule."""

    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    price_level: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="priceLevel")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PriceLevelScheduleType(Payload, frozen=True, kw_only=True):
    """PriceLevelScheduleType (OCPP 2.1)."""

    price_level_schedule_entries: Annotated[list[PriceLevelScheduleEntryType], Meta(min_length=1, max_length=100)] = field(name="priceLevelScheduleEntries")
    time_anchor: AwareDatetime = field(name="timeAnchor")
    price_schedule_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="priceScheduleId")
    price_schedule_description: Annotated[str, Meta(max_length=32)] | None = field(default=None, name="priceScheduleDescription")
    number_of_price_levels: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="numberOfPriceLevels")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CostType(Payload, frozen=True, kw_only=True):
    """CostType (OCPP 2.1)."""

    cost_kind: CostKindEnumType = field(name="costKind")
    amount: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    amount_multiplier: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="amountMultiplier")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ConsumptionCostType(Payload, frozen=True, kw_only=True):
    """ConsumptionCostType (OCPP 2.1)."""

    start_value: float = field(name="startValue")
    cost: Annotated[list[CostType], Meta(min_length=1, max_length=3)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class RelativeTimeIntervalType(Payload, frozen=True, kw_only=True):
    """RelativeTimeIntervalType (OCPP 2.1)."""

    start: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SalesTariffEntryType(Payload, frozen=True, kw_only=True):
    """SalesTariffEntryType (OCPP 2.1)."""

    relative_time_interval: RelativeTimeIntervalType = field(name="relativeTimeInterval")
    e_price_level: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="ePriceLevel")
    consumption_cost: Annotated[list[ConsumptionCostType], Meta(min_length=1, max_length=3)] | None = field(default=None, name="consumptionCost")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SalesTariffType(Payload, frozen=True, kw_only=True):
    """A SalesTariff provided by a Mobility Operator (EMSP) ."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    sales_tariff_description: Annotated[str, Meta(max_length=32)] | None = field(default=None, name="salesTariffDescription")
    num_e_price_levels: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="numEPriceLevels")
    sales_tariff_entry: Annotated[list[SalesTariffEntryType], Meta(min_length=1, max_length=1024)] = field(name="salesTariffEntry")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingScheduleType(Payload, frozen=True, kw_only=True):
    """Charging schedule structure defines a list of charging periods, as used in: NotifyEVChargingScheduleRequest and ChargingProfileType."""

    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    limit_at_so_c: LimitAtSoCType | None = field(default=None, name="limitAtSoC")
    start_schedule: AwareDatetime | None = field(default=None, name="startSchedule")
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    charging_rate_unit: ChargingRateUnitEnumType = field(name="chargingRateUnit")
    min_charging_rate: float | None = field(default=None, name="minChargingRate")
    power_tolerance: float | None = field(default=None, name="powerTolerance")
    signature_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="signatureId")
    digest_value: Annotated[str, Meta(max_length=88)] | None = field(default=None, name="digestValue")
    use_local_time: bool | None = field(default=None, name="useLocalTime")
    charging_schedule_period: Annotated[list[ChargingSchedulePeriodType], Meta(min_length=1, max_length=1024)] = field(name="chargingSchedulePeriod")
    randomized_delay: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="randomizedDelay")
    sales_tariff: SalesTariffType | None = field(default=None, name="salesTariff")
    absolute_price_schedule: AbsolutePriceScheduleType | None = field(default=None, name="absolutePriceSchedule")
    price_level_schedule: PriceLevelScheduleType | None = field(default=None, name="priceLevelSchedule")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingProfileType(Payload, frozen=True, kw_only=True):
    """ChargingProfileType (OCPP 2.1)."""

    id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    stack_level: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="stackLevel")
    charging_profile_purpose: ChargingProfilePurposeEnumType = field(name="chargingProfilePurpose")
    charging_profile_kind: ChargingProfileKindEnumType = field(name="chargingProfileKind")
    recurrency_kind: RecurrencyKindEnumType | None = field(default=None, name="recurrencyKind")
    valid_from: AwareDatetime | None = field(default=None, name="validFrom")
    valid_to: AwareDatetime | None = field(default=None, name="validTo")
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    max_offline_duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="maxOfflineDuration")
    charging_schedule: Annotated[list[ChargingScheduleType], Meta(min_length=1, max_length=3)] = field(name="chargingSchedule")
    invalid_after_offline_duration: bool | None = field(default=None, name="invalidAfterOfflineDuration")
    dyn_update_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="dynUpdateInterval")
    dyn_update_time: AwareDatetime | None = field(default=None, name="dynUpdateTime")
    price_schedule_signature: Annotated[str, Meta(max_length=256)] | None = field(default=None, name="priceScheduleSignature")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ChargingScheduleUpdateType(Payload, frozen=True, kw_only=True):
    """Updates to a ChargingSchedulePeriodType for dynamic charging profiles."""

    limit: float | None = None
    limit_l2: float | None = field(default=None, name="limit_L2")
    limit_l3: float | None = field(default=None, name="limit_L3")
    discharge_limit: Annotated[float, Meta(le=0.0)] | None = field(default=None, name="dischargeLimit")
    discharge_limit_l2: Annotated[float, Meta(le=0.0)] | None = field(default=None, name="dischargeLimit_L2")
    discharge_limit_l3: Annotated[float, Meta(le=0.0)] | None = field(default=None, name="dischargeLimit_L3")
    setpoint: float | None = None
    setpoint_l2: float | None = field(default=None, name="setpoint_L2")
    setpoint_l3: float | None = field(default=None, name="setpoint_L3")
    setpoint_reactive: float | None = field(default=None, name="setpointReactive")
    setpoint_reactive_l2: float | None = field(default=None, name="setpointReactive_L2")
    setpoint_reactive_l3: float | None = field(default=None, name="setpointReactive_L3")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearCacheRequest(Payload, frozen=True, kw_only=True):
    """ClearCache request payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearCacheResponse(Payload, frozen=True, kw_only=True):
    """ClearCache response payload (OCPP 2.1)."""

    status: ClearCacheStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearChargingProfileType(Payload, frozen=True, kw_only=True):
    """A ClearChargingProfileType is a filter for charging profiles to be cleared by ClearChargingProfileRequest."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    charging_profile_purpose: ChargingProfilePurposeEnumType | None = field(default=None, name="chargingProfilePurpose")
    stack_level: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="stackLevel")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearChargingProfileRequest(Payload, frozen=True, kw_only=True):
    """ClearChargingProfile request payload (OCPP 2.1)."""

    charging_profile_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="chargingProfileId")
    charging_profile_criteria: ClearChargingProfileType | None = field(default=None, name="chargingProfileCriteria")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearChargingProfileResponse(Payload, frozen=True, kw_only=True):
    """ClearChargingProfile response payload (OCPP 2.1)."""

    status: ClearChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearDERControlRequest(Payload, frozen=True, kw_only=True):
    """ClearDERControl request payload (OCPP 2.1)."""

    is_default: bool = field(name="isDefault")
    control_type: DERControlEnumType | None = field(default=None, name="controlType")
    control_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="controlId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearDERControlResponse(Payload, frozen=True, kw_only=True):
    """ClearDERControl response payload (OCPP 2.1)."""

    status: DERControlStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearDisplayMessageRequest(Payload, frozen=True, kw_only=True):
    """ClearDisplayMessage request payload (OCPP 2.1)."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearDisplayMessageResponse(Payload, frozen=True, kw_only=True):
    """ClearDisplayMessage response payload (OCPP 2.1)."""

    status: ClearMessageStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearMonitoringResultType(Payload, frozen=True, kw_only=True):
    """ClearMonitoringResultType (OCPP 2.1)."""

    status: ClearMonitoringStatusEnumType
    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearTariffsRequest(Payload, frozen=True, kw_only=True):
    """ClearTariffs request payload (OCPP 2.1)."""

    tariff_ids: Annotated[list[Annotated[str, Meta(max_length=60)]], Meta(min_length=1)] | None = field(default=None, name="tariffIds")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearTariffsResultType(Payload, frozen=True, kw_only=True):
    """ClearTariffsResultType (OCPP 2.1)."""

    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    tariff_id: Annotated[str, Meta(max_length=60)] | None = field(default=None, name="tariffId")
    status: TariffClearStatusEnumType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearTariffsResponse(Payload, frozen=True, kw_only=True):
    """ClearTariffs response payload (OCPP 2.1)."""

    clear_tariffs_result: Annotated[list[ClearTariffsResultType], Meta(min_length=1)] = field(name="clearTariffsResult")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearVariableMonitoringRequest(Payload, frozen=True, kw_only=True):
    """ClearVariableMonitoring request payload (OCPP 2.1)."""

    id: Annotated[list[Annotated[int, Meta(ge=0, le=INT64_MAX)]], Meta(min_length=1)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearVariableMonitoringResponse(Payload, frozen=True, kw_only=True):
    """ClearVariableMonitoring response payload (OCPP 2.1)."""

    clear_monitoring_result: Annotated[list[ClearMonitoringResultType], Meta(min_length=1)] = field(name="clearMonitoringResult")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearedChargingLimitRequest(Payload, frozen=True, kw_only=True):
    """ClearedChargingLimit request payload (OCPP 2.1)."""

    charging_limit_source: Annotated[str, Meta(max_length=20)] = field(name="chargingLimitSource")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClearedChargingLimitResponse(Payload, frozen=True, kw_only=True):
    """ClearedChargingLimit response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClosePeriodicEventStreamRequest(Payload, frozen=True, kw_only=True):
    """ClosePeriodicEventStream request payload (OCPP 2.1)."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ClosePeriodicEventStreamResponse(Payload, frozen=True, kw_only=True):
    """ClosePeriodicEventStream response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ComponentType(Payload, frozen=True, kw_only=True):
    """A physical or logical component."""

    evse: EVSEType | None = None
    name: Annotated[str, Meta(max_length=50)]
    instance: Annotated[str, Meta(max_length=50)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class VariableType(Payload, frozen=True, kw_only=True):
    """Reference key to a component-variable."""

    name: Annotated[str, Meta(max_length=50)]
    instance: Annotated[str, Meta(max_length=50)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ComponentVariableType(Payload, frozen=True, kw_only=True):
    """Class to report components, variables and variable attributes and characteristics."""

    component: ComponentType
    variable: VariableType | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CompositeScheduleType(Payload, frozen=True, kw_only=True):
    """CompositeScheduleType (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    schedule_start: AwareDatetime = field(name="scheduleStart")
    charging_rate_unit: ChargingRateUnitEnumType = field(name="chargingRateUnit")
    charging_schedule_period: Annotated[list[ChargingSchedulePeriodType], Meta(min_length=1)] = field(name="chargingSchedulePeriod")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ConstantStreamDataType(Payload, frozen=True, kw_only=True):
    """ConstantStreamDataType (OCPP 2.1)."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    params: PeriodicEventStreamParamsType
    variable_monitoring_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="variableMonitoringId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TotalPriceType(Payload, frozen=True, kw_only=True):
    """Total cost with and without tax."""

    excl_tax: float | None = field(default=None, name="exclTax")
    incl_tax: float | None = field(default=None, name="inclTax")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TotalCostType(Payload, frozen=True, kw_only=True):
    """This contains the cost calculated during a transaction."""

    currency: Annotated[str, Meta(max_length=3)]
    type_of_cost: TariffCostEnumType = field(name="typeOfCost")
    fixed: PriceType | None = None
    energy: PriceType | None = None
    charging_time: PriceType | None = field(default=None, name="chargingTime")
    idle_time: PriceType | None = field(default=None, name="idleTime")
    reservation_time: PriceType | None = field(default=None, name="reservationTime")
    reservation_fixed: PriceType | None = field(default=None, name="reservationFixed")
    total: TotalPriceType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TotalUsageType(Payload, frozen=True, kw_only=True):
    """This contains the calculated usage of energy, charging time and idle time during a transaction."""

    energy: float
    charging_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="chargingTime")
    idle_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="idleTime")
    reservation_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="reservationTime")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CostDetailsType(Payload, frozen=True, kw_only=True):
    """CostDetailsType contains the cost as calculated by Charging Station based on provided TariffType."""

    charging_periods: Annotated[list[ChargingPeriodType], Meta(min_length=1)] | None = field(default=None, name="chargingPeriods")
    total_cost: TotalCostType = field(name="totalCost")
    total_usage: TotalUsageType = field(name="totalUsage")
    failure_to_calculate: bool | None = field(default=None, name="failureToCalculate")
    failure_reason: Annotated[str, Meta(max_length=500)] | None = field(default=None, name="failureReason")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CostUpdatedRequest(Payload, frozen=True, kw_only=True):
    """CostUpdated request payload (OCPP 2.1)."""

    total_cost: float = field(name="totalCost")
    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CostUpdatedResponse(Payload, frozen=True, kw_only=True):
    """CostUpdated response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class CustomerInformationRequest(Payload, frozen=True, kw_only=True):
    """CustomerInformation request payload (OCPP 2.1)."""

    customer_certificate: CertificateHashDataType | None = field(default=None, name="customerCertificate")
    id_token: IdTokenType | None = field(default=None, name="idToken")
    request_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="requestId")
    report: bool
    clear: bool
    customer_identifier: Annotated[str, Meta(max_length=64)] | None = field(default=None, name="customerIdentifier")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class CustomerInformationResponse(Payload, frozen=True, kw_only=True):
    """CustomerInformation response payload (OCPP 2.1)."""

    status: CustomerInformationStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DERCurvePointsType(Payload, frozen=True, kw_only=True):
    """DERCurvePointsType (OCPP 2.1)."""

    x: float
    y: float
    custom_data: CustomDataType | None = field(default=None, name="customData")


class HysteresisType(Payload, frozen=True, kw_only=True):
    """HysteresisType (OCPP 2.1)."""

    hysteresis_high: float | None = field(default=None, name="hysteresisHigh")
    hysteresis_low: float | None = field(default=None, name="hysteresisLow")
    hysteresis_delay: float | None = field(default=None, name="hysteresisDelay")
    hysteresis_gradient: float | None = field(default=None, name="hysteresisGradient")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReactivePowerParamsType(Payload, frozen=True, kw_only=True):
    """ReactivePowerParamsType (OCPP 2.1)."""

    v_ref: float | None = field(default=None, name="vRef")
    autonomous_v_ref_enable: bool | None = field(default=None, name="autonomousVRefEnable")
    autonomous_v_ref_time_constant: float | None = field(default=None, name="autonomousVRefTimeConstant")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class VoltageParamsType(Payload, frozen=True, kw_only=True):
    """VoltageParamsType (OCPP 2.1)."""

    hv10_min_mean_value: float | None = field(default=None, name="hv10MinMeanValue")
    hv10_min_mean_trip_delay: float | None = field(default=None, name="hv10MinMeanTripDelay")
    power_during_cessation: PowerDuringCessationEnumType | None = field(default=None, name="powerDuringCessation")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DERCurveType(Payload, frozen=True, kw_only=True):
    """DERCurveType (OCPP 2.1)."""

    curve_data: Annotated[list[DERCurvePointsType], Meta(min_length=1, max_length=10)] = field(name="curveData")
    hysteresis: HysteresisType | None = None
    priority: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    reactive_power_params: ReactivePowerParamsType | None = field(default=None, name="reactivePowerParams")
    voltage_params: VoltageParamsType | None = field(default=None, name="voltageParams")
    y_unit: DERUnitEnumType = field(name="yUnit")
    response_time: float | None = field(default=None, name="responseTime")
    start_time: AwareDatetime | None = field(default=None, name="startTime")
    duration: float | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DERCurveGetType(Payload, frozen=True, kw_only=True):
    """DERCurveGetType (OCPP 2.1)."""

    curve: DERCurveType
    id: Annotated[str, Meta(max_length=36)]
    curve_type: DERControlEnumType = field(name="curveType")
    is_default: bool = field(name="isDefault")
    is_superseded: bool = field(name="isSuperseded")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DataTransferRequest(Payload, frozen=True, kw_only=True):
    """DataTransfer request payload (OCPP 2.1)."""

    message_id: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="messageId")
    data: Any | None = None
    vendor_id: Annotated[str, Meta(max_length=255)] = field(name="vendorId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DataTransferResponse(Payload, frozen=True, kw_only=True):
    """DataTransfer response payload (OCPP 2.1)."""

    status: DataTransferStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    data: Any | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DeleteCertificateRequest(Payload, frozen=True, kw_only=True):
    """DeleteCertificate request payload (OCPP 2.1)."""

    certificate_hash_data: CertificateHashDataType = field(name="certificateHashData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class DeleteCertificateResponse(Payload, frozen=True, kw_only=True):
    """DeleteCertificate response payload (OCPP 2.1)."""

    status: DeleteCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EnterServiceType(Payload, frozen=True, kw_only=True):
    """EnterServiceType (OCPP 2.1)."""

    priority: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    high_voltage: float = field(name="highVoltage")
    low_voltage: float = field(name="lowVoltage")
    high_freq: float = field(name="highFreq")
    low_freq: float = field(name="lowFreq")
    delay: float | None = None
    random_delay: float | None = field(default=None, name="randomDelay")
    ramp_rate: float | None = field(default=None, name="rampRate")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EnterServiceGetType(Payload, frozen=True, kw_only=True):
    """EnterServiceGetType (OCPP 2.1)."""

    enter_service: EnterServiceType = field(name="enterService")
    id: Annotated[str, Meta(max_length=36)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class EventDataType(Payload, frozen=True, kw_only=True):
    """Class to report an event notification for a component-variable."""

    event_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="eventId")
    timestamp: AwareDatetime
    trigger: EventTriggerEnumType
    cause: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    actual_value: Annotated[str, Meta(max_length=2500)] = field(name="actualValue")
    tech_code: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="techCode")
    tech_info: Annotated[str, Meta(max_length=500)] | None = field(default=None, name="techInfo")
    cleared: bool | None = None
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    component: ComponentType
    variable_monitoring_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="variableMonitoringId")
    event_notification_type: EventNotificationEnumType = field(name="eventNotificationType")
    variable: VariableType
    severity: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FirmwareStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """FirmwareStatusNotification request payload (OCPP 2.1)."""

    status: FirmwareStatusEnumType
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FirmwareStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """FirmwareStatusNotification response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class FirmwareType(Payload, frozen=True, kw_only=True):
    """Represents a copy of the firmware that can be loaded/updated on the Charging Station."""

    location: Annotated[str, Meta(max_length=2000)]
    retrieve_date_time: AwareDatetime = field(name="retrieveDateTime")
    install_date_time: AwareDatetime | None = field(default=None, name="installDateTime")
    signing_certificate: Annotated[str, Meta(max_length=5500)] | None = field(default=None, name="signingCertificate")
    signature: Annotated[str, Meta(max_length=800)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FixedPFType(Payload, frozen=True, kw_only=True):
    """FixedPFType (OCPP 2.1)."""

    priority: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    displacement: float
    excitation: bool
    start_time: AwareDatetime | None = field(default=None, name="startTime")
    duration: float | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FixedPFGetType(Payload, frozen=True, kw_only=True):
    """FixedPFGetType (OCPP 2.1)."""

    fixed_pf: FixedPFType = field(name="fixedPF")
    id: Annotated[str, Meta(max_length=36)]
    is_default: bool = field(name="isDefault")
    is_superseded: bool = field(name="isSuperseded")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FixedVarType(Payload, frozen=True, kw_only=True):
    """FixedVarType (OCPP 2.1)."""

    priority: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    setpoint: float
    unit: DERUnitEnumType
    start_time: AwareDatetime | None = field(default=None, name="startTime")
    duration: float | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FixedVarGetType(Payload, frozen=True, kw_only=True):
    """FixedVarGetType (OCPP 2.1)."""

    fixed_var: FixedVarType = field(name="fixedVar")
    id: Annotated[str, Meta(max_length=36)]
    is_default: bool = field(name="isDefault")
    is_superseded: bool = field(name="isSuperseded")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FreqDroopType(Payload, frozen=True, kw_only=True):
    """FreqDroopType (OCPP 2.1)."""

    priority: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    over_freq: float = field(name="overFreq")
    under_freq: float = field(name="underFreq")
    over_droop: float = field(name="overDroop")
    under_droop: float = field(name="underDroop")
    response_time: float = field(name="responseTime")
    start_time: AwareDatetime | None = field(default=None, name="startTime")
    duration: float | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class FreqDroopGetType(Payload, frozen=True, kw_only=True):
    """FreqDroopGetType (OCPP 2.1)."""

    freq_droop: FreqDroopType = field(name="freqDroop")
    id: Annotated[str, Meta(max_length=36)]
    is_default: bool = field(name="isDefault")
    is_superseded: bool = field(name="isSuperseded")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class Get15118EVCertificateRequest(Payload, frozen=True, kw_only=True):
    """Get15118EVCertificate request payload (OCPP 2.1)."""

    iso15118_schema_version: Annotated[str, Meta(max_length=50)] = field(name="iso15118SchemaVersion")
    action: CertificateActionEnumType
    exi_request: Annotated[str, Meta(max_length=11000)] = field(name="exiRequest")
    maximum_contract_certificate_chains: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="maximumContractCertificateChains")
    prioritized_emai_ds: Annotated[list[Annotated[str, Meta(max_length=255)]], Meta(min_length=1, max_length=8)] | None = field(default=None, name="prioritizedEMAIDs")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class Get15118EVCertificateResponse(Payload, frozen=True, kw_only=True):
    """Get15118EVCertificate response payload (OCPP 2.1)."""

    status: Iso15118EVCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    exi_response: Annotated[str, Meta(max_length=17000)] = field(name="exiResponse")
    remaining_contracts: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="remainingContracts")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetBaseReportRequest(Payload, frozen=True, kw_only=True):
    """GetBaseReport request payload (OCPP 2.1)."""

    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    report_base: ReportBaseEnumType = field(name="reportBase")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetBaseReportResponse(Payload, frozen=True, kw_only=True):
    """GetBaseReport response payload (OCPP 2.1)."""

    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetCertificateChainStatusRequest(Payload, frozen=True, kw_only=True):
    """GetCertificateChainStatus request payload (OCPP 2.1)."""

    certificate_status_requests: Annotated[list[CertificateStatusRequestInfoType], Meta(min_length=1, max_length=4)] = field(name="certificateStatusRequests")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetCertificateChainStatusResponse(Payload, frozen=True, kw_only=True):
    """GetCertificateChainStatus response payload (OCPP 2.1)."""

    certificate_status: Annotated[list[CertificateStatusType], Meta(min_length=1, max_length=4)] = field(name="certificateStatus")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetCertificateStatusRequest(Payload, frozen=True, kw_only=True):
    """GetCertificateStatus request payload (OCPP 2.1)."""

    ocsp_request_data: OCSPRequestDataType = field(name="ocspRequestData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetCertificateStatusResponse(Payload, frozen=True, kw_only=True):
    """GetCertificateStatus response payload (OCPP 2.1)."""

    status: GetCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    ocsp_result: Annotated[str, Meta(max_length=18000)] | None = field(default=None, name="ocspResult")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetChargingProfilesRequest(Payload, frozen=True, kw_only=True):
    """GetChargingProfiles request payload (OCPP 2.1)."""

    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    charging_profile: ChargingProfileCriterionType = field(name="chargingProfile")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetChargingProfilesResponse(Payload, frozen=True, kw_only=True):
    """GetChargingProfiles response payload (OCPP 2.1)."""

    status: GetChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetCompositeScheduleRequest(Payload, frozen=True, kw_only=True):
    """GetCompositeSchedule request payload (OCPP 2.1)."""

    duration: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    charging_rate_unit: ChargingRateUnitEnumType | None = field(default=None, name="chargingRateUnit")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetCompositeScheduleResponse(Payload, frozen=True, kw_only=True):
    """GetCompositeSchedule response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    schedule: CompositeScheduleType | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetDERControlRequest(Payload, frozen=True, kw_only=True):
    """GetDERControl request payload (OCPP 2.1)."""

    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    is_default: bool | None = field(default=None, name="isDefault")
    control_type: DERControlEnumType | None = field(default=None, name="controlType")
    control_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="controlId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetDERControlResponse(Payload, frozen=True, kw_only=True):
    """GetDERControl response payload (OCPP 2.1)."""

    status: DERControlStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetDisplayMessagesRequest(Payload, frozen=True, kw_only=True):
    """GetDisplayMessages request payload (OCPP 2.1)."""

    id: Annotated[list[Annotated[int, Meta(ge=0, le=INT64_MAX)]], Meta(min_length=1)] | None = None
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    priority: MessagePriorityEnumType | None = None
    state: MessageStateEnumType | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetDisplayMessagesResponse(Payload, frozen=True, kw_only=True):
    """GetDisplayMessages response payload (OCPP 2.1)."""

    status: GetDisplayMessagesStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetInstalledCertificateIdsRequest(Payload, frozen=True, kw_only=True):
    """GetInstalledCertificateIds request payload (OCPP 2.1)."""

    certificate_type: Annotated[list[GetCertificateIdUseEnumType], Meta(min_length=1)] | None = field(default=None, name="certificateType")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetInstalledCertificateIdsResponse(Payload, frozen=True, kw_only=True):
    """GetInstalledCertificateIds response payload (OCPP 2.1)."""

    status: GetInstalledCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    certificate_hash_data_chain: Annotated[list[CertificateHashDataChainType], Meta(min_length=1)] | None = field(default=None, name="certificateHashDataChain")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetLocalListVersionRequest(Payload, frozen=True, kw_only=True):
    """GetLocalListVersion request payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetLocalListVersionResponse(Payload, frozen=True, kw_only=True):
    """GetLocalListVersion response payload (OCPP 2.1)."""

    version_number: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="versionNumber")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class LogParametersType(Payload, frozen=True, kw_only=True):
    """Generic class for the configuration of logging entries."""

    remote_location: Annotated[str, Meta(max_length=2000)] = field(name="remoteLocation")
    oldest_timestamp: AwareDatetime | None = field(default=None, name="oldestTimestamp")
    latest_timestamp: AwareDatetime | None = field(default=None, name="latestTimestamp")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetLogRequest(Payload, frozen=True, kw_only=True):
    """GetLog request payload (OCPP 2.1)."""

    log: LogParametersType
    log_type: LogEnumType = field(name="logType")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    retries: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetLogResponse(Payload, frozen=True, kw_only=True):
    """GetLog response payload (OCPP 2.1)."""

    status: LogStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    filename: Annotated[str, Meta(max_length=255)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetMonitoringReportRequest(Payload, frozen=True, kw_only=True):
    """GetMonitoringReport request payload (OCPP 2.1)."""

    component_variable: Annotated[list[ComponentVariableType], Meta(min_length=1)] | None = field(default=None, name="componentVariable")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    monitoring_criteria: Annotated[list[MonitoringCriterionEnumType], Meta(min_length=1, max_length=3)] | None = field(default=None, name="monitoringCriteria")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetMonitoringReportResponse(Payload, frozen=True, kw_only=True):
    """GetMonitoringReport response payload (OCPP 2.1)."""

    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetPeriodicEventStreamRequest(Payload, frozen=True, kw_only=True):
    """GetPeriodicEventStream request payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetPeriodicEventStreamResponse(Payload, frozen=True, kw_only=True):
    """GetPeriodicEventStream response payload (OCPP 2.1)."""

    constant_stream_data: Annotated[list[ConstantStreamDataType], Meta(min_length=1)] | None = field(default=None, name="constantStreamData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetReportRequest(Payload, frozen=True, kw_only=True):
    """GetReport request payload (OCPP 2.1)."""

    component_variable: Annotated[list[ComponentVariableType], Meta(min_length=1)] | None = field(default=None, name="componentVariable")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    component_criteria: Annotated[list[ComponentCriterionEnumType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="componentCriteria")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetReportResponse(Payload, frozen=True, kw_only=True):
    """GetReport response payload (OCPP 2.1)."""

    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetTariffsRequest(Payload, frozen=True, kw_only=True):
    """GetTariffs request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TariffAssignmentType(Payload, frozen=True, kw_only=True):
    """Shows assignment of tariffs to EVSE or IdToken."""

    tariff_id: Annotated[str, Meta(max_length=60)] = field(name="tariffId")
    tariff_kind: TariffKindEnumType = field(name="tariffKind")
    valid_from: AwareDatetime | None = field(default=None, name="validFrom")
    evse_ids: Annotated[list[Annotated[int, Meta(ge=0, le=INT64_MAX)]], Meta(min_length=1)] | None = field(default=None, name="evseIds")
    id_tokens: Annotated[list[Annotated[str, Meta(max_length=255)]], Meta(min_length=1)] | None = field(default=None, name="idTokens")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetTariffsResponse(Payload, frozen=True, kw_only=True):
    """GetTariffs response payload (OCPP 2.1)."""

    status: TariffGetStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    tariff_assignments: Annotated[list[TariffAssignmentType], Meta(min_length=1)] | None = field(default=None, name="tariffAssignments")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetTransactionStatusRequest(Payload, frozen=True, kw_only=True):
    """GetTransactionStatus request payload (OCPP 2.1)."""

    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetTransactionStatusResponse(Payload, frozen=True, kw_only=True):
    """GetTransactionStatus response payload (OCPP 2.1)."""

    ongoing_indicator: bool | None = field(default=None, name="ongoingIndicator")
    messages_in_queue: bool = field(name="messagesInQueue")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetVariableDataType(Payload, frozen=True, kw_only=True):
    """Class to hold parameters for GetVariables request."""

    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    component: ComponentType
    variable: VariableType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetVariableResultType(Payload, frozen=True, kw_only=True):
    """Class to hold results of GetVariables request."""

    attribute_status: GetVariableStatusEnumType = field(name="attributeStatus")
    attribute_status_info: StatusInfoType | None = field(default=None, name="attributeStatusInfo")
    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    attribute_value: Annotated[str, Meta(max_length=2500)] | None = field(default=None, name="attributeValue")
    component: ComponentType
    variable: VariableType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetVariablesRequest(Payload, frozen=True, kw_only=True):
    """GetVariables request payload (OCPP 2.1)."""

    get_variable_data: Annotated[list[GetVariableDataType], Meta(min_length=1)] = field(name="getVariableData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GetVariablesResponse(Payload, frozen=True, kw_only=True):
    """GetVariables response payload (OCPP 2.1)."""

    get_variable_result: Annotated[list[GetVariableResultType], Meta(min_length=1)] = field(name="getVariableResult")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GradientType(Payload, frozen=True, kw_only=True):
    """GradientType (OCPP 2.1)."""

    priority: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    gradient: float
    soft_gradient: float = field(name="softGradient")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class GradientGetType(Payload, frozen=True, kw_only=True):
    """GradientGetType (OCPP 2.1)."""

    gradient: GradientType
    id: Annotated[str, Meta(max_length=36)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class HeartbeatRequest(Payload, frozen=True, kw_only=True):
    """Heartbeat request payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class HeartbeatResponse(Payload, frozen=True, kw_only=True):
    """Heartbeat response payload (OCPP 2.1)."""

    current_time: AwareDatetime = field(name="currentTime")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class InstallCertificateRequest(Payload, frozen=True, kw_only=True):
    """InstallCertificate request payload (OCPP 2.1)."""

    certificate_type: InstallCertificateUseEnumType = field(name="certificateType")
    certificate: Annotated[str, Meta(max_length=10000)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class InstallCertificateResponse(Payload, frozen=True, kw_only=True):
    """InstallCertificate response payload (OCPP 2.1)."""

    status: InstallCertificateStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class LimitMaxDischargeType(Payload, frozen=True, kw_only=True):
    """LimitMaxDischargeType (OCPP 2.1)."""

    priority: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    pct_max_discharge_power: float | None = field(default=None, name="pctMaxDischargePower")
    power_monitoring_must_trip: DERCurveType | None = field(default=None, name="powerMonitoringMustTrip")
    start_time: AwareDatetime | None = field(default=None, name="startTime")
    duration: float | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class LimitMaxDischargeGetType(Payload, frozen=True, kw_only=True):
    """LimitMaxDischargeGetType (OCPP 2.1)."""

    id: Annotated[str, Meta(max_length=36)]
    is_default: bool = field(name="isDefault")
    is_superseded: bool = field(name="isSuperseded")
    limit_max_discharge: LimitMaxDischargeType = field(name="limitMaxDischarge")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class LogStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """LogStatusNotification request payload (OCPP 2.1)."""

    status: UploadLogStatusEnumType
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class LogStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """LogStatusNotification response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class MessageInfoType(Payload, frozen=True, kw_only=True):
    """Contains message details, for a message to be displayed on a Charging Station."""

    display: ComponentType | None = None
    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    priority: MessagePriorityEnumType
    state: MessageStateEnumType | None = None
    start_date_time: AwareDatetime | None = field(default=None, name="startDateTime")
    end_date_time: AwareDatetime | None = field(default=None, name="endDateTime")
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    message: MessageContentType
    message_extra: Annotated[list[MessageContentType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="messageExtra")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SignedMeterValueType(Payload, frozen=True, kw_only=True):
    """Represent a signed version of the meter value."""

    signed_meter_data: Annotated[str, Meta(max_length=32768)] = field(name="signedMeterData")
    signing_method: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="signingMethod")
    encoding_method: Annotated[str, Meta(max_length=50)] = field(name="encodingMethod")
    public_key: Annotated[str, Meta(max_length=2500)] | None = field(default=None, name="publicKey")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UnitOfMeasureType(Payload, frozen=True, kw_only=True):
    """Represents a UnitOfMeasure with a multiplier."""

    unit: Annotated[str, Meta(max_length=20)] | None = None
    multiplier: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SampledValueType(Payload, frozen=True, kw_only=True):
    """Single sampled value in MeterValues."""

    value: float
    measurand: MeasurandEnumType | None = None
    context: ReadingContextEnumType | None = None
    phase: PhaseEnumType | None = None
    location: LocationEnumType | None = None
    signed_meter_value: SignedMeterValueType | None = field(default=None, name="signedMeterValue")
    unit_of_measure: UnitOfMeasureType | None = field(default=None, name="unitOfMeasure")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class MeterValueType(Payload, frozen=True, kw_only=True):
    """Collection of one or more sampled values in MeterValuesRequest and TransactionEvent."""

    sampled_value: Annotated[list[SampledValueType], Meta(min_length=1)] = field(name="sampledValue")
    timestamp: AwareDatetime
    custom_data: CustomDataType | None = field(default=None, name="customData")


class MeterValuesRequest(Payload, frozen=True, kw_only=True):
    """MeterValues request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    meter_value: Annotated[list[MeterValueType], Meta(min_length=1)] = field(name="meterValue")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class MeterValuesResponse(Payload, frozen=True, kw_only=True):
    """MeterValues response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class VariableMonitoringType(Payload, frozen=True, kw_only=True):
    """A monitoring setting for a variable."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    transaction: bool
    value: float
    type: MonitorEnumType
    severity: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    event_notification_type: EventNotificationEnumType = field(name="eventNotificationType")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class MonitoringDataType(Payload, frozen=True, kw_only=True):
    """Class to hold parameters of SetVariableMonitoring request."""

    component: ComponentType
    variable: VariableType
    variable_monitoring: Annotated[list[VariableMonitoringType], Meta(min_length=1)] = field(name="variableMonitoring")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class VPNType(Payload, frozen=True, kw_only=True):
    """VPN Configuration settings."""

    server: Annotated[str, Meta(max_length=2000)]
    user: Annotated[str, Meta(max_length=50)]
    group: Annotated[str, Meta(max_length=50)] | None = None
    password: Annotated[str, Meta(max_length=64)]
    key: Annotated[str, Meta(max_length=255)]
    type: VPNEnumType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NetworkConnectionProfileType(Payload, frozen=True, kw_only=True):
    """The NetworkConnectionProfile defines the functional and technical parameters of a communication link."""

    apn: APNType | None = None
    ocpp_version: OCPPVersionEnumType | None = field(default=None, name="ocppVersion")
    ocpp_interface: OCPPInterfaceEnumType = field(name="ocppInterface")
    ocpp_transport: OCPPTransportEnumType = field(name="ocppTransport")
    message_timeout: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="messageTimeout")
    ocpp_csms_url: Annotated[str, Meta(max_length=2000)] = field(name="ocppCsmsUrl")
    security_profile: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="securityProfile")
    identity: Annotated[str, Meta(max_length=48)] | None = None
    basic_auth_password: Annotated[str, Meta(max_length=64)] | None = field(default=None, name="basicAuthPassword")
    vpn: VPNType | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyAllowedEnergyTransferRequest(Payload, frozen=True, kw_only=True):
    """NotifyAllowedEnergyTransfer request payload (OCPP 2.1)."""

    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    allowed_energy_transfer: Annotated[list[EnergyTransferModeEnumType], Meta(min_length=1)] = field(name="allowedEnergyTransfer")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyAllowedEnergyTransferResponse(Payload, frozen=True, kw_only=True):
    """NotifyAllowedEnergyTransfer response payload (OCPP 2.1)."""

    status: NotifyAllowedEnergyTransferStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyChargingLimitRequest(Payload, frozen=True, kw_only=True):
    """NotifyChargingLimit request payload (OCPP 2.1)."""

    charging_schedule: Annotated[list[ChargingScheduleType], Meta(min_length=1)] | None = field(default=None, name="chargingSchedule")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    charging_limit: ChargingLimitType = field(name="chargingLimit")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyChargingLimitResponse(Payload, frozen=True, kw_only=True):
    """NotifyChargingLimit response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyCustomerInformationRequest(Payload, frozen=True, kw_only=True):
    """NotifyCustomerInformation request payload (OCPP 2.1)."""

    data: Annotated[str, Meta(max_length=512)]
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="seqNo")
    generated_at: AwareDatetime = field(name="generatedAt")
    request_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="requestId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyCustomerInformationResponse(Payload, frozen=True, kw_only=True):
    """NotifyCustomerInformation response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyDERAlarmRequest(Payload, frozen=True, kw_only=True):
    """NotifyDERAlarm request payload (OCPP 2.1)."""

    control_type: DERControlEnumType = field(name="controlType")
    grid_event_fault: GridEventFaultEnumType | None = field(default=None, name="gridEventFault")
    alarm_ended: bool | None = field(default=None, name="alarmEnded")
    timestamp: AwareDatetime
    extra_info: Annotated[str, Meta(max_length=200)] | None = field(default=None, name="extraInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyDERAlarmResponse(Payload, frozen=True, kw_only=True):
    """NotifyDERAlarm response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyDERStartStopRequest(Payload, frozen=True, kw_only=True):
    """NotifyDERStartStop request payload (OCPP 2.1)."""

    control_id: Annotated[str, Meta(max_length=36)] = field(name="controlId")
    started: bool
    timestamp: AwareDatetime
    superseded_ids: Annotated[list[Annotated[str, Meta(max_length=36)]], Meta(min_length=1, max_length=24)] | None = field(default=None, name="supersededIds")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyDERStartStopResponse(Payload, frozen=True, kw_only=True):
    """NotifyDERStartStop response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyDisplayMessagesRequest(Payload, frozen=True, kw_only=True):
    """NotifyDisplayMessages request payload (OCPP 2.1)."""

    message_info: Annotated[list[MessageInfoType], Meta(min_length=1)] | None = field(default=None, name="messageInfo")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    tbc: bool | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyDisplayMessagesResponse(Payload, frozen=True, kw_only=True):
    """NotifyDisplayMessages response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyEVChargingNeedsRequest(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingNeeds request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=1, le=INT64_MAX)] = field(name="evseId")
    max_schedule_tuples: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="maxScheduleTuples")
    charging_needs: ChargingNeedsType = field(name="chargingNeeds")
    timestamp: AwareDatetime | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyEVChargingNeedsResponse(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingNeeds response payload (OCPP 2.1)."""

    status: NotifyEVChargingNeedsStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyEVChargingScheduleRequest(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingSchedule request payload (OCPP 2.1)."""

    time_base: AwareDatetime = field(name="timeBase")
    charging_schedule: ChargingScheduleType = field(name="chargingSchedule")
    evse_id: Annotated[int, Meta(ge=1, le=INT64_MAX)] = field(name="evseId")
    selected_charging_schedule_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="selectedChargingScheduleId")
    power_tolerance_acceptance: bool | None = field(default=None, name="powerToleranceAcceptance")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyEVChargingScheduleResponse(Payload, frozen=True, kw_only=True):
    """NotifyEVChargingSchedule response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyEventRequest(Payload, frozen=True, kw_only=True):
    """NotifyEvent request payload (OCPP 2.1)."""

    generated_at: AwareDatetime = field(name="generatedAt")
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="seqNo")
    event_data: Annotated[list[EventDataType], Meta(min_length=1)] = field(name="eventData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyEventResponse(Payload, frozen=True, kw_only=True):
    """NotifyEvent response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyMonitoringReportRequest(Payload, frozen=True, kw_only=True):
    """NotifyMonitoringReport request payload (OCPP 2.1)."""

    monitor: Annotated[list[MonitoringDataType], Meta(min_length=1)] | None = None
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="seqNo")
    generated_at: AwareDatetime = field(name="generatedAt")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyMonitoringReportResponse(Payload, frozen=True, kw_only=True):
    """NotifyMonitoringReport response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class StreamDataElementType(Payload, frozen=True, kw_only=True):
    """StreamDataElementType (OCPP 2.1)."""

    t: float
    v: Annotated[str, Meta(max_length=2500)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyPeriodicEventStreamRequest(Payload, frozen=True, kw_only=True):
    """NotifyPeriodicEventStream request payload (OCPP 2.1)."""

    data: Annotated[list[StreamDataElementType], Meta(min_length=1)]
    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    pending: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    basetime: AwareDatetime
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyPriorityChargingRequest(Payload, frozen=True, kw_only=True):
    """NotifyPriorityCharging request payload (OCPP 2.1)."""

    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    activated: bool
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyPriorityChargingResponse(Payload, frozen=True, kw_only=True):
    """NotifyPriorityCharging response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class VariableAttributeType(Payload, frozen=True, kw_only=True):
    """Attribute data of a variable."""

    type: AttributeEnumType | None = None
    value: Annotated[str, Meta(max_length=2500)] | None = None
    mutability: MutabilityEnumType | None = None
    persistent: bool | None = None
    constant: bool | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class VariableCharacteristicsType(Payload, frozen=True, kw_only=True):
    """Fixed read-only parameters of a variable."""

    unit: Annotated[str, Meta(max_length=16)] | None = None
    data_type: DataEnumType = field(name="dataType")
    min_limit: float | None = field(default=None, name="minLimit")
    max_limit: float | None = field(default=None, name="maxLimit")
    max_elements: Annotated[int, Meta(ge=1, le=INT64_MAX)] | None = field(default=None, name="maxElements")
    values_list: Annotated[str, Meta(max_length=1000)] | None = field(default=None, name="valuesList")
    supports_monitoring: bool = field(name="supportsMonitoring")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReportDataType(Payload, frozen=True, kw_only=True):
    """Class to report components, variables and variable attributes and characteristics."""

    component: ComponentType
    variable: VariableType
    variable_attribute: Annotated[list[VariableAttributeType], Meta(min_length=1, max_length=4)] = field(name="variableAttribute")
    variable_characteristics: VariableCharacteristicsType | None = field(default=None, name="variableCharacteristics")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyReportRequest(Payload, frozen=True, kw_only=True):
    """NotifyReport request payload (OCPP 2.1)."""

    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    generated_at: AwareDatetime = field(name="generatedAt")
    report_data: Annotated[list[ReportDataType], Meta(min_length=1)] | None = field(default=None, name="reportData")
    tbc: bool | None = None
    seq_no: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="seqNo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyReportResponse(Payload, frozen=True, kw_only=True):
    """NotifyReport response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifySettlementRequest(Payload, frozen=True, kw_only=True):
    """NotifySettlement request payload (OCPP 2.1)."""

    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    psp_ref: Annotated[str, Meta(max_length=255)] = field(name="pspRef")
    status: PaymentStatusEnumType
    status_info: Annotated[str, Meta(max_length=500)] | None = field(default=None, name="statusInfo")
    settlement_amount: float = field(name="settlementAmount")
    settlement_time: AwareDatetime = field(name="settlementTime")
    receipt_id: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="receiptId")
    receipt_url: Annotated[str, Meta(max_length=2000)] | None = field(default=None, name="receiptUrl")
    vat_company: AddressType | None = field(default=None, name="vatCompany")
    vat_number: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="vatNumber")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifySettlementResponse(Payload, frozen=True, kw_only=True):
    """NotifySettlement response payload (OCPP 2.1)."""

    receipt_url: Annotated[str, Meta(max_length=2000)] | None = field(default=None, name="receiptUrl")
    receipt_id: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="receiptId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyWebPaymentStartedRequest(Payload, frozen=True, kw_only=True):
    """NotifyWebPaymentStarted request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    timeout: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class NotifyWebPaymentStartedResponse(Payload, frozen=True, kw_only=True):
    """NotifyWebPaymentStarted response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class OpenPeriodicEventStreamRequest(Payload, frozen=True, kw_only=True):
    """OpenPeriodicEventStream request payload (OCPP 2.1)."""

    constant_stream_data: ConstantStreamDataType = field(name="constantStreamData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class OpenPeriodicEventStreamResponse(Payload, frozen=True, kw_only=True):
    """OpenPeriodicEventStream response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PublishFirmwareRequest(Payload, frozen=True, kw_only=True):
    """PublishFirmware request payload (OCPP 2.1)."""

    location: Annotated[str, Meta(max_length=2000)]
    retries: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    checksum: Annotated[str, Meta(max_length=32)]
    request_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="requestId")
    retry_interval: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="retryInterval")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PublishFirmwareResponse(Payload, frozen=True, kw_only=True):
    """PublishFirmware response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PublishFirmwareStatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """PublishFirmwareStatusNotification request payload (OCPP 2.1)."""

    status: PublishFirmwareStatusEnumType
    location: Annotated[list[Annotated[str, Meta(max_length=2000)]], Meta(min_length=1)] | None = None
    request_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="requestId")
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PublishFirmwareStatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """PublishFirmwareStatusNotification response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class PullDynamicScheduleUpdateRequest(Payload, frozen=True, kw_only=True):
    """PullDynamicScheduleUpdate request payload (OCPP 2.1)."""

    charging_profile_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="chargingProfileId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class PullDynamicScheduleUpdateResponse(Payload, frozen=True, kw_only=True):
    """PullDynamicScheduleUpdate response payload (OCPP 2.1)."""

    schedule_update: ChargingScheduleUpdateType | None = field(default=None, name="scheduleUpdate")
    status: ChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReportChargingProfilesRequest(Payload, frozen=True, kw_only=True):
    """ReportChargingProfiles request payload (OCPP 2.1)."""

    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    charging_limit_source: Annotated[str, Meta(max_length=20)] = field(name="chargingLimitSource")
    charging_profile: Annotated[list[ChargingProfileType], Meta(min_length=1)] = field(name="chargingProfile")
    tbc: bool | None = None
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReportChargingProfilesResponse(Payload, frozen=True, kw_only=True):
    """ReportChargingProfiles response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReportDERControlRequest(Payload, frozen=True, kw_only=True):
    """ReportDERControl request payload (OCPP 2.1)."""

    curve: Annotated[list[DERCurveGetType], Meta(min_length=1, max_length=24)] | None = None
    enter_service: Annotated[list[EnterServiceGetType], Meta(min_length=1, max_length=24)] | None = field(default=None, name="enterService")
    fixed_pf_absorb: Annotated[list[FixedPFGetType], Meta(min_length=1, max_length=24)] | None = field(default=None, name="fixedPFAbsorb")
    fixed_pf_inject: Annotated[list[FixedPFGetType], Meta(min_length=1, max_length=24)] | None = field(default=None, name="fixedPFInject")
    fixed_var: Annotated[list[FixedVarGetType], Meta(min_length=1, max_length=24)] | None = field(default=None, name="fixedVar")
    freq_droop: Annotated[list[FreqDroopGetType], Meta(min_length=1, max_length=24)] | None = field(default=None, name="freqDroop")
    gradient: Annotated[list[GradientGetType], Meta(min_length=1, max_length=24)] | None = None
    limit_max_discharge: Annotated[list[LimitMaxDischargeGetType], Meta(min_length=1, max_length=24)] | None = field(default=None, name="limitMaxDischarge")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    tbc: bool | None = None
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReportDERControlResponse(Payload, frozen=True, kw_only=True):
    """ReportDERControl response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class RequestBatterySwapRequest(Payload, frozen=True, kw_only=True):
    """RequestBatterySwap request payload (OCPP 2.1)."""

    id_token: IdTokenType = field(name="idToken")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class RequestBatterySwapResponse(Payload, frozen=True, kw_only=True):
    """RequestBatterySwap response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class RequestStartTransactionRequest(Payload, frozen=True, kw_only=True):
    """RequestStartTransaction request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=1, le=INT64_MAX)] | None = field(default=None, name="evseId")
    group_id_token: IdTokenType | None = field(default=None, name="groupIdToken")
    id_token: IdTokenType = field(name="idToken")
    remote_start_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="remoteStartId")
    charging_profile: ChargingProfileType | None = field(default=None, name="chargingProfile")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class RequestStartTransactionResponse(Payload, frozen=True, kw_only=True):
    """RequestStartTransaction response payload (OCPP 2.1)."""

    status: RequestStartStopStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    transaction_id: Annotated[str, Meta(max_length=36)] | None = field(default=None, name="transactionId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class RequestStopTransactionRequest(Payload, frozen=True, kw_only=True):
    """RequestStopTransaction request payload (OCPP 2.1)."""

    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class RequestStopTransactionResponse(Payload, frozen=True, kw_only=True):
    """RequestStopTransaction response payload (OCPP 2.1)."""

    status: RequestStartStopStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReservationStatusUpdateRequest(Payload, frozen=True, kw_only=True):
    """ReservationStatusUpdate request payload (OCPP 2.1)."""

    reservation_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="reservationId")
    reservation_update_status: ReservationUpdateStatusEnumType = field(name="reservationUpdateStatus")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReservationStatusUpdateResponse(Payload, frozen=True, kw_only=True):
    """ReservationStatusUpdate response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReserveNowRequest(Payload, frozen=True, kw_only=True):
    """ReserveNow request payload (OCPP 2.1)."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    expiry_date_time: AwareDatetime = field(name="expiryDateTime")
    connector_type: Annotated[str, Meta(max_length=20)] | None = field(default=None, name="connectorType")
    id_token: IdTokenType = field(name="idToken")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    group_id_token: IdTokenType | None = field(default=None, name="groupIdToken")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ReserveNowResponse(Payload, frozen=True, kw_only=True):
    """ReserveNow response payload (OCPP 2.1)."""

    status: ReserveNowStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ResetRequest(Payload, frozen=True, kw_only=True):
    """Reset request payload (OCPP 2.1)."""

    type: ResetEnumType
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class ResetResponse(Payload, frozen=True, kw_only=True):
    """Reset response payload (OCPP 2.1)."""

    status: ResetStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SecurityEventNotificationRequest(Payload, frozen=True, kw_only=True):
    """SecurityEventNotification request payload (OCPP 2.1)."""

    type: Annotated[str, Meta(max_length=50)]
    timestamp: AwareDatetime
    tech_info: Annotated[str, Meta(max_length=255)] | None = field(default=None, name="techInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SecurityEventNotificationResponse(Payload, frozen=True, kw_only=True):
    """SecurityEventNotification response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class SendLocalListRequest(Payload, frozen=True, kw_only=True):
    """SendLocalList request payload (OCPP 2.1)."""

    local_authorization_list: Annotated[list[AuthorizationData], Meta(min_length=1)] | None = field(default=None, name="localAuthorizationList")
    version_number: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="versionNumber")
    update_type: UpdateEnumType = field(name="updateType")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SendLocalListResponse(Payload, frozen=True, kw_only=True):
    """SendLocalList response payload (OCPP 2.1)."""

    status: SendLocalListStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetChargingProfileRequest(Payload, frozen=True, kw_only=True):
    """SetChargingProfile request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    charging_profile: ChargingProfileType = field(name="chargingProfile")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetChargingProfileResponse(Payload, frozen=True, kw_only=True):
    """SetChargingProfile response payload (OCPP 2.1)."""

    status: ChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetDERControlRequest(Payload, frozen=True, kw_only=True):
    """SetDERControl request payload (OCPP 2.1)."""

    is_default: bool = field(name="isDefault")
    control_id: Annotated[str, Meta(max_length=36)] = field(name="controlId")
    control_type: DERControlEnumType = field(name="controlType")
    curve: DERCurveType | None = None
    enter_service: EnterServiceType | None = field(default=None, name="enterService")
    fixed_pf_absorb: FixedPFType | None = field(default=None, name="fixedPFAbsorb")
    fixed_pf_inject: FixedPFType | None = field(default=None, name="fixedPFInject")
    fixed_var: FixedVarType | None = field(default=None, name="fixedVar")
    freq_droop: FreqDroopType | None = field(default=None, name="freqDroop")
    gradient: GradientType | None = None
    limit_max_discharge: LimitMaxDischargeType | None = field(default=None, name="limitMaxDischarge")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetDERControlResponse(Payload, frozen=True, kw_only=True):
    """SetDERControl response payload (OCPP 2.1)."""

    status: DERControlStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    superseded_ids: Annotated[list[Annotated[str, Meta(max_length=36)]], Meta(min_length=1, max_length=24)] | None = field(default=None, name="supersededIds")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetDefaultTariffRequest(Payload, frozen=True, kw_only=True):
    """SetDefaultTariff request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    tariff: TariffType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetDefaultTariffResponse(Payload, frozen=True, kw_only=True):
    """SetDefaultTariff response payload (OCPP 2.1)."""

    status: TariffSetStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetDisplayMessageRequest(Payload, frozen=True, kw_only=True):
    """SetDisplayMessage request payload (OCPP 2.1)."""

    message: MessageInfoType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetDisplayMessageResponse(Payload, frozen=True, kw_only=True):
    """SetDisplayMessage response payload (OCPP 2.1)."""

    status: DisplayMessageStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetMonitoringBaseRequest(Payload, frozen=True, kw_only=True):
    """SetMonitoringBase request payload (OCPP 2.1)."""

    monitoring_base: MonitoringBaseEnumType = field(name="monitoringBase")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetMonitoringBaseResponse(Payload, frozen=True, kw_only=True):
    """SetMonitoringBase response payload (OCPP 2.1)."""

    status: GenericDeviceModelStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetMonitoringDataType(Payload, frozen=True, kw_only=True):
    """Class to hold parameters of SetVariableMonitoring request."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    periodic_event_stream: PeriodicEventStreamParamsType | None = field(default=None, name="periodicEventStream")
    transaction: bool | None = None
    value: float
    type: MonitorEnumType
    severity: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    component: ComponentType
    variable: VariableType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetMonitoringLevelRequest(Payload, frozen=True, kw_only=True):
    """SetMonitoringLevel request payload (OCPP 2.1)."""

    severity: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetMonitoringLevelResponse(Payload, frozen=True, kw_only=True):
    """SetMonitoringLevel response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetMonitoringResultType(Payload, frozen=True, kw_only=True):
    """Class to hold result of SetVariableMonitoring request."""

    id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    status: SetMonitoringStatusEnumType
    type: MonitorEnumType
    component: ComponentType
    variable: VariableType
    severity: Annotated[int, Meta(ge=0, le=INT64_MAX)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetNetworkProfileRequest(Payload, frozen=True, kw_only=True):
    """SetNetworkProfile request payload (OCPP 2.1)."""

    configuration_slot: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="configurationSlot")
    connection_data: NetworkConnectionProfileType = field(name="connectionData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetNetworkProfileResponse(Payload, frozen=True, kw_only=True):
    """SetNetworkProfile response payload (OCPP 2.1)."""

    status: SetNetworkProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetVariableDataType(Payload, frozen=True, kw_only=True):
    """SetVariableDataType (OCPP 2.1)."""

    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    attribute_value: Annotated[str, Meta(max_length=2500)] = field(name="attributeValue")
    component: ComponentType
    variable: VariableType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetVariableMonitoringRequest(Payload, frozen=True, kw_only=True):
    """SetVariableMonitoring request payload (OCPP 2.1)."""

    set_monitoring_data: Annotated[list[SetMonitoringDataType], Meta(min_length=1)] = field(name="setMonitoringData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetVariableMonitoringResponse(Payload, frozen=True, kw_only=True):
    """SetVariableMonitoring response payload (OCPP 2.1)."""

    set_monitoring_result: Annotated[list[SetMonitoringResultType], Meta(min_length=1)] = field(name="setMonitoringResult")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetVariableResultType(Payload, frozen=True, kw_only=True):
    """SetVariableResultType (OCPP 2.1)."""

    attribute_type: AttributeEnumType | None = field(default=None, name="attributeType")
    attribute_status: SetVariableStatusEnumType = field(name="attributeStatus")
    attribute_status_info: StatusInfoType | None = field(default=None, name="attributeStatusInfo")
    component: ComponentType
    variable: VariableType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetVariablesRequest(Payload, frozen=True, kw_only=True):
    """SetVariables request payload (OCPP 2.1)."""

    set_variable_data: Annotated[list[SetVariableDataType], Meta(min_length=1)] = field(name="setVariableData")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SetVariablesResponse(Payload, frozen=True, kw_only=True):
    """SetVariables response payload (OCPP 2.1)."""

    set_variable_result: Annotated[list[SetVariableResultType], Meta(min_length=1)] = field(name="setVariableResult")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SignCertificateRequest(Payload, frozen=True, kw_only=True):
    """SignCertificate request payload (OCPP 2.1)."""

    csr: Annotated[str, Meta(max_length=5500)]
    certificate_type: CertificateSigningUseEnumType | None = field(default=None, name="certificateType")
    hash_root_certificate: CertificateHashDataType | None = field(default=None, name="hashRootCertificate")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="requestId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class SignCertificateResponse(Payload, frozen=True, kw_only=True):
    """SignCertificate response payload (OCPP 2.1)."""

    status: GenericStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class StatusNotificationRequest(Payload, frozen=True, kw_only=True):
    """StatusNotification request payload (OCPP 2.1)."""

    timestamp: AwareDatetime
    connector_status: ConnectorStatusEnumType = field(name="connectorStatus")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    connector_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="connectorId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class StatusNotificationResponse(Payload, frozen=True, kw_only=True):
    """StatusNotification response payload (OCPP 2.1)."""

    custom_data: CustomDataType | None = field(default=None, name="customData")


class TransactionLimitType(Payload, frozen=True, kw_only=True):
    """Cost, energy, time or SoC limit for a transaction."""

    max_cost: float | None = field(default=None, name="maxCost")
    max_energy: float | None = field(default=None, name="maxEnergy")
    max_time: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="maxTime")
    max_so_c: Annotated[int, Meta(ge=0, le=100)] | None = field(default=None, name="maxSoC")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TransactionType(Payload, frozen=True, kw_only=True):
    """TransactionType (OCPP 2.1)."""

    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    charging_state: ChargingStateEnumType | None = field(default=None, name="chargingState")
    time_spent_charging: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="timeSpentCharging")
    stopped_reason: ReasonEnumType | None = field(default=None, name="stoppedReason")
    remote_start_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="remoteStartId")
    operation_mode: OperationModeEnumType | None = field(default=None, name="operationMode")
    tariff_id: Annotated[str, Meta(max_length=60)] | None = field(default=None, name="tariffId")
    transaction_limit: TransactionLimitType | None = field(default=None, name="transactionLimit")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TransactionEventRequest(Payload, frozen=True, kw_only=True):
    """TransactionEvent request payload (OCPP 2.1)."""

    cost_details: CostDetailsType | None = field(default=None, name="costDetails")
    event_type: TransactionEventEnumType = field(name="eventType")
    meter_value: Annotated[list[MeterValueType], Meta(min_length=1)] | None = field(default=None, name="meterValue")
    timestamp: AwareDatetime
    trigger_reason: TriggerReasonEnumType = field(name="triggerReason")
    seq_no: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="seqNo")
    offline: bool | None = None
    number_of_phases_used: Annotated[int, Meta(ge=0, le=3)] | None = field(default=None, name="numberOfPhasesUsed")
    cable_max_current: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="cableMaxCurrent")
    reservation_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="reservationId")
    preconditioning_status: PreconditioningStatusEnumType | None = field(default=None, name="preconditioningStatus")
    evse_sleep: bool | None = field(default=None, name="evseSleep")
    transaction_info: TransactionType = field(name="transactionInfo")
    evse: EVSEType | None = None
    id_token: IdTokenType | None = field(default=None, name="idToken")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TransactionEventResponse(Payload, frozen=True, kw_only=True):
    """TransactionEvent response payload (OCPP 2.1)."""

    total_cost: float | None = field(default=None, name="totalCost")
    charging_priority: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="chargingPriority")
    id_token_info: IdTokenInfoType | None = field(default=None, name="idTokenInfo")
    transaction_limit: TransactionLimitType | None = field(default=None, name="transactionLimit")
    updated_personal_message: MessageContentType | None = field(default=None, name="updatedPersonalMessage")
    updated_personal_message_extra: Annotated[list[MessageContentType], Meta(min_length=1, max_length=4)] | None = field(default=None, name="updatedPersonalMessageExtra")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TriggerMessageRequest(Payload, frozen=True, kw_only=True):
    """TriggerMessage request payload (OCPP 2.1)."""

    evse: EVSEType | None = None
    requested_message: MessageTriggerEnumType = field(name="requestedMessage")
    custom_trigger: Annotated[str, Meta(max_length=50)] | None = field(default=None, name="customTrigger")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class TriggerMessageResponse(Payload, frozen=True, kw_only=True):
    """TriggerMessage response payload (OCPP 2.1)."""

    status: TriggerMessageStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UnlockConnectorRequest(Payload, frozen=True, kw_only=True):
    """UnlockConnector request payload (OCPP 2.1)."""

    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="evseId")
    connector_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] = field(name="connectorId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UnlockConnectorResponse(Payload, frozen=True, kw_only=True):
    """UnlockConnector response payload (OCPP 2.1)."""

    status: UnlockStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UnpublishFirmwareRequest(Payload, frozen=True, kw_only=True):
    """UnpublishFirmware request payload (OCPP 2.1)."""

    checksum: Annotated[str, Meta(max_length=32)]
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UnpublishFirmwareResponse(Payload, frozen=True, kw_only=True):
    """UnpublishFirmware response payload (OCPP 2.1)."""

    status: UnpublishFirmwareStatusEnumType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UpdateDynamicScheduleRequest(Payload, frozen=True, kw_only=True):
    """UpdateDynamicSchedule request payload (OCPP 2.1)."""

    charging_profile_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="chargingProfileId")
    schedule_update: ChargingScheduleUpdateType = field(name="scheduleUpdate")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UpdateDynamicScheduleResponse(Payload, frozen=True, kw_only=True):
    """UpdateDynamicSchedule response payload (OCPP 2.1)."""

    status: ChargingProfileStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UpdateFirmwareRequest(Payload, frozen=True, kw_only=True):
    """UpdateFirmware request payload (OCPP 2.1)."""

    retries: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = None
    retry_interval: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] | None = field(default=None, name="retryInterval")
    request_id: Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)] = field(name="requestId")
    firmware: FirmwareType
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UpdateFirmwareResponse(Payload, frozen=True, kw_only=True):
    """UpdateFirmware response payload (OCPP 2.1)."""

    status: UpdateFirmwareStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UsePriorityChargingRequest(Payload, frozen=True, kw_only=True):
    """UsePriorityCharging request payload (OCPP 2.1)."""

    transaction_id: Annotated[str, Meta(max_length=36)] = field(name="transactionId")
    activate: bool
    custom_data: CustomDataType | None = field(default=None, name="customData")


class UsePriorityChargingResponse(Payload, frozen=True, kw_only=True):
    """UsePriorityCharging response payload (OCPP 2.1)."""

    status: PriorityChargingStatusEnumType
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class VatNumberValidationRequest(Payload, frozen=True, kw_only=True):
    """VatNumberValidation request payload (OCPP 2.1)."""

    vat_number: Annotated[str, Meta(max_length=20)] = field(name="vatNumber")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    custom_data: CustomDataType | None = field(default=None, name="customData")


class VatNumberValidationResponse(Payload, frozen=True, kw_only=True):
    """VatNumberValidation response payload (OCPP 2.1)."""

    company: AddressType | None = None
    status_info: StatusInfoType | None = field(default=None, name="statusInfo")
    vat_number: Annotated[str, Meta(max_length=20)] = field(name="vatNumber")
    evse_id: Annotated[int, Meta(ge=0, le=INT64_MAX)] | None = field(default=None, name="evseId")
    status: GenericStatusEnumType
    custom_data: CustomDataType | None = field(default=None, name="customData")


# Action -> (request type, response type); no response type for a message that is
# only ever sent unconfirmed (2.1 SEND, message type 6).
ACTIONS: Final[dict[str, tuple[type[Payload], type[Payload] | None]]] = {
    "AFRRSignal": (AFRRSignalRequest, AFRRSignalResponse),
    "AdjustPeriodicEventStream": (AdjustPeriodicEventStreamRequest, AdjustPeriodicEventStreamResponse),
    "Authorize": (AuthorizeRequest, AuthorizeResponse),
    "BatterySwap": (BatterySwapRequest, BatterySwapResponse),
    "BootNotification": (BootNotificationRequest, BootNotificationResponse),
    "CancelReservation": (CancelReservationRequest, CancelReservationResponse),
    "CertificateSigned": (CertificateSignedRequest, CertificateSignedResponse),
    "ChangeAvailability": (ChangeAvailabilityRequest, ChangeAvailabilityResponse),
    "ChangeTransactionTariff": (ChangeTransactionTariffRequest, ChangeTransactionTariffResponse),
    "ClearCache": (ClearCacheRequest, ClearCacheResponse),
    "ClearChargingProfile": (ClearChargingProfileRequest, ClearChargingProfileResponse),
    "ClearDERControl": (ClearDERControlRequest, ClearDERControlResponse),
    "ClearDisplayMessage": (ClearDisplayMessageRequest, ClearDisplayMessageResponse),
    "ClearTariffs": (ClearTariffsRequest, ClearTariffsResponse),
    "ClearVariableMonitoring": (ClearVariableMonitoringRequest, ClearVariableMonitoringResponse),
    "ClearedChargingLimit": (ClearedChargingLimitRequest, ClearedChargingLimitResponse),
    "ClosePeriodicEventStream": (ClosePeriodicEventStreamRequest, ClosePeriodicEventStreamResponse),
    "CostUpdated": (CostUpdatedRequest, CostUpdatedResponse),
    "CustomerInformation": (CustomerInformationRequest, CustomerInformationResponse),
    "DataTransfer": (DataTransferRequest, DataTransferResponse),
    "DeleteCertificate": (DeleteCertificateRequest, DeleteCertificateResponse),
    "FirmwareStatusNotification": (FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse),
    "Get15118EVCertificate": (Get15118EVCertificateRequest, Get15118EVCertificateResponse),
    "GetBaseReport": (GetBaseReportRequest, GetBaseReportResponse),
    "GetCertificateChainStatus": (GetCertificateChainStatusRequest, GetCertificateChainStatusResponse),
    "GetCertificateStatus": (GetCertificateStatusRequest, GetCertificateStatusResponse),
    "GetChargingProfiles": (GetChargingProfilesRequest, GetChargingProfilesResponse),
    "GetCompositeSchedule": (GetCompositeScheduleRequest, GetCompositeScheduleResponse),
    "GetDERControl": (GetDERControlRequest, GetDERControlResponse),
    "GetDisplayMessages": (GetDisplayMessagesRequest, GetDisplayMessagesResponse),
    "GetInstalledCertificateIds": (GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse),
    "GetLocalListVersion": (GetLocalListVersionRequest, GetLocalListVersionResponse),
    "GetLog": (GetLogRequest, GetLogResponse),
    "GetMonitoringReport": (GetMonitoringReportRequest, GetMonitoringReportResponse),
    "GetPeriodicEventStream": (GetPeriodicEventStreamRequest, GetPeriodicEventStreamResponse),
    "GetReport": (GetReportRequest, GetReportResponse),
    "GetTariffs": (GetTariffsRequest, GetTariffsResponse),
    "GetTransactionStatus": (GetTransactionStatusRequest, GetTransactionStatusResponse),
    "GetVariables": (GetVariablesRequest, GetVariablesResponse),
    "Heartbeat": (HeartbeatRequest, HeartbeatResponse),
    "InstallCertificate": (InstallCertificateRequest, InstallCertificateResponse),
    "LogStatusNotification": (LogStatusNotificationRequest, LogStatusNotificationResponse),
    "MeterValues": (MeterValuesRequest, MeterValuesResponse),
    "NotifyAllowedEnergyTransfer": (NotifyAllowedEnergyTransferRequest, NotifyAllowedEnergyTransferResponse),
    "NotifyChargingLimit": (NotifyChargingLimitRequest, NotifyChargingLimitResponse),
    "NotifyCustomerInformation": (NotifyCustomerInformationRequest, NotifyCustomerInformationResponse),
    "NotifyDERAlarm": (NotifyDERAlarmRequest, NotifyDERAlarmResponse),
    "NotifyDERStartStop": (NotifyDERStartStopRequest, NotifyDERStartStopResponse),
    "NotifyDisplayMessages": (NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse),
    "NotifyEVChargingNeeds": (NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse),
    "NotifyEVChargingSchedule": (NotifyEVChargingScheduleRequest, NotifyEVChargingScheduleResponse),
    "NotifyEvent": (NotifyEventRequest, NotifyEventResponse),
    "NotifyMonitoringReport": (NotifyMonitoringReportRequest, NotifyMonitoringReportResponse),
    "NotifyPeriodicEventStream": (NotifyPeriodicEventStreamRequest, None),
    "NotifyPriorityCharging": (NotifyPriorityChargingRequest, NotifyPriorityChargingResponse),
    "NotifyReport": (NotifyReportRequest, NotifyReportResponse),
    "NotifySettlement": (NotifySettlementRequest, NotifySettlementResponse),
    "NotifyWebPaymentStarted": (NotifyWebPaymentStartedRequest, NotifyWebPaymentStartedResponse),
    "OpenPeriodicEventStream": (OpenPeriodicEventStreamRequest, OpenPeriodicEventStreamResponse),
    "PublishFirmware": (PublishFirmwareRequest, PublishFirmwareResponse),
    "PublishFirmwareStatusNotification": (PublishFirmwareStatusNotificationRequest, PublishFirmwareStatusNotificationResponse),
    "PullDynamicScheduleUpdate": (PullDynamicScheduleUpdateRequest, PullDynamicScheduleUpdateResponse),
    "ReportChargingProfiles": (ReportChargingProfilesRequest, ReportChargingProfilesResponse),
    "ReportDERControl": (ReportDERControlRequest, ReportDERControlResponse),
    "RequestBatterySwap": (RequestBatterySwapRequest, RequestBatterySwapResponse),
    "RequestStartTransaction": (RequestStartTransactionRequest, RequestStartTransactionResponse),
    "RequestStopTransaction": (RequestStopTransactionRequest, RequestStopTransactionResponse),
    "ReservationStatusUpdate": (ReservationStatusUpdateRequest, ReservationStatusUpdateResponse),
    "ReserveNow": (ReserveNowRequest, ReserveNowResponse),
    "Reset": (ResetRequest, ResetResponse),
    "SecurityEventNotification": (SecurityEventNotificationRequest, SecurityEventNotificationResponse),
    "SendLocalList": (SendLocalListRequest, SendLocalListResponse),
    "SetChargingProfile": (SetChargingProfileRequest, SetChargingProfileResponse),
    "SetDERControl": (SetDERControlRequest, SetDERControlResponse),
    "SetDefaultTariff": (SetDefaultTariffRequest, SetDefaultTariffResponse),
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
    "UpdateDynamicSchedule": (UpdateDynamicScheduleRequest, UpdateDynamicScheduleResponse),
    "UpdateFirmware": (UpdateFirmwareRequest, UpdateFirmwareResponse),
    "UsePriorityCharging": (UsePriorityChargingRequest, UsePriorityChargingResponse),
    "VatNumberValidation": (VatNumberValidationRequest, VatNumberValidationResponse),
}
