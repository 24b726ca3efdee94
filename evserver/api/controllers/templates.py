"""`/station-templates`: zero-configuration templates, shared by every tenant (JSON files)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.params import JSONBody, PathParameter

from evserver.api.dto import templates as dto
from evserver.api.pagination import Page, Paging
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Accessed, authorize
from evserver.api.services import Services
from evserver.auth.policy import ObjectAttrs

TemplateId = Annotated[str, PathParameter(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
                                          description="The template's id (its file name).")]
SHARED = ObjectAttrs(tenant_id=None)
SORTABLE = {"id": "id", "chargePointVendor": "chargePointVendor"}


def template_out(template_id: str, content: dict[str, Any]) -> dto.StationTemplate:
    """The wire shape of a template; fields a hand-edited file lacks read as empty."""
    return dto.StationTemplate(
        id=template_id, charge_point_vendor=str(content.get("chargePointVendor", "")),
        extra_filters=_mapping(content.get("extraFilters")),
        technical=_mapping(content.get("technical")),
        capabilities=_records(content.get("capabilities")),
        ocpp_standard_parameters=_records(content.get("ocppStandardParameters")),
        ocpp_vendor_parameters=_records(content.get("ocppVendorParameters")))


def template_content(data: dto.StationTemplateUpdate) -> dict[str, Any]:
    """What is written to the template's file (camelCase, as on the wire)."""
    content: dict[str, Any] = msgspec.to_builtins(data)
    content.pop("id", None)
    return content


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _records(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


class StationTemplateController(Controller):
    """Templates: Admins read them, SuperAdmins maintain them."""

    path = "/station-templates"
    tags = ["Station templates"]
    guards = [authorize]
    security = BEARER
    opt = {"resource": "StationTemplate"}

    @get("/", operation_id="listStationTemplates", opt={"action": "list"},
         responses=error_responses(401, 403, 422))
    async def list_templates(self, access: Accessed, services: Services,
                             params: Paging) -> Page[dto.StationTemplate]:
        """List templates (search matches the id and the vendor)."""
        templates = [template_out(i, c) for i, c in services.templates.list()]
        if params.search:
            needle = params.search.lower()
            templates = [t for t in templates
                         if needle in t.id.lower() or needle in t.charge_point_vendor.lower()]
        # Stable sorts from the last key to the first give the comma-separated order.
        for field, direction in reversed(params.sort_by(SORTABLE, "id")):
            if field != "_id":
                templates.sort(key=sort_key(field), reverse=direction < 0)
        page = templates[params.skip: params.skip + params.limit]
        total = len(templates)

        async def count() -> int:
            return total

        return await params.page(page, count)

    @post("/", operation_id="createStationTemplate", opt={"action": "create"},
          responses=error_responses(401, 403, 409, 422))
    async def create_template(self, access: Accessed, services: Services,
                              data: JSONBody[dto.StationTemplateCreate]) -> dto.StationTemplate:
        """Create a template."""
        access.check(SHARED)
        content = services.templates.create(data.id, template_content(data))
        return template_out(data.id, content)

    @get("/{template_id:str}", operation_id="getStationTemplate", opt={"action": "read"},
         responses=error_responses(401, 403, 404, 422))
    async def get_template(self, access: Accessed, services: Services,
                           template_id: TemplateId) -> dto.StationTemplate:
        """Read a template."""
        access.check(SHARED)
        return template_out(template_id, services.templates.get(template_id))

    @patch("/{template_id:str}", operation_id="updateStationTemplate", opt={"action": "update"},
           responses=error_responses(401, 403, 404, 422))
    async def update_template(self, access: Accessed, services: Services,
                              template_id: TemplateId,
                              data: JSONBody[dto.StationTemplateUpdate]) -> dto.StationTemplate:
        """Replace a template's content."""
        access.check(SHARED)
        content = services.templates.replace(template_id, template_content(data))
        return template_out(template_id, content)

    @delete("/{template_id:str}", operation_id="deleteStationTemplate", opt={"action": "delete"},
            responses=error_responses(401, 403, 404, 422))
    async def delete_template(self, access: Accessed, services: Services,
                              template_id: TemplateId) -> None:
        """Delete a template."""
        access.check(SHARED)
        services.templates.delete(template_id)


def sort_key(field: str) -> Callable[[dto.StationTemplate], str]:
    """The key a template list is sorted by for `field`."""
    if field == "id":
        return lambda template: template.id
    return lambda template: template.charge_point_vendor
