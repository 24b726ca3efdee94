"""Station templates ("zero configuration")."""

from __future__ import annotations

from typing import Annotated, Any

from msgspec import Meta

from evserver.api.dto.common import Input, Output

TemplateId = Annotated[str, Meta(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
                                 examples=["abb-terra-ac"])]
Vendor = Annotated[str, Meta(min_length=1, max_length=100)]


class StationTemplateUpdate(Input):
    """A template's content: the vendor it applies to, regex filters on other boot fields,
    technical data, capabilities and OCPP parameters to push."""

    charge_point_vendor: Vendor
    extra_filters: dict[str, str] = {}
    technical: dict[str, Any] = {}
    capabilities: list[dict[str, Any]] = []
    ocpp_standard_parameters: list[dict[str, Any]] = []
    ocpp_vendor_parameters: list[dict[str, Any]] = []


class StationTemplateCreate(StationTemplateUpdate, kw_only=True):
    """A new template; `id` becomes its file name."""

    id: TemplateId


class StationTemplate(Output):
    """A template."""

    id: str
    charge_point_vendor: str
    extra_filters: dict[str, str]
    technical: dict[str, Any]
    capabilities: list[dict[str, Any]]
    ocpp_standard_parameters: list[dict[str, Any]]
    ocpp_vendor_parameters: list[dict[str, Any]]
