"""Station templates: configuration pushed to stations whose vendor and model match."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from evserver.charging.errors import StationCommandError
from evserver.charging.gateway import StationGateway
from evserver.core.errors import InvalidInput
from evserver.storage.documents.station import ChargingStation
from evserver.storage.repository import TenantRepository

logger = logging.getLogger(__name__)
stations = TenantRepository(ChargingStation)


@dataclass(frozen=True)
class StationTemplate:
    """A template read from `<templates_dir>/<id>.json`."""

    id: str
    vendor: re.Pattern[str]
    model: re.Pattern[str]
    configuration: dict[str, str]
    priority: int = 0
    description: str = ""

    def matches(self, vendor: str | None, model: str | None) -> bool:
        """Tell whether this template applies to a station of `vendor` and `model`."""
        return bool(self.vendor.search(vendor or "")) and bool(self.model.search(model or ""))


def parse_template(text: str, name: str) -> StationTemplate:
    """Read one template; raise `InvalidInput` naming what is wrong."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{name}: not JSON: {exc}", field="template") from None
    if not isinstance(raw, dict):
        raise InvalidInput(f"{name}: must be a JSON object", field="template")
    try:
        configuration = {str(k): str(v) for k, v in dict(raw.get("configuration", {})).items()}
        return StationTemplate(
            id=str(raw.get("id") or name), vendor=re.compile(str(raw.get("vendor", ".*"))),
            model=re.compile(str(raw.get("model", ".*"))), configuration=configuration,
            priority=int(raw.get("priority", 0)), description=str(raw.get("description", "")))
    except re.error as exc:
        raise InvalidInput(f"{name}: bad regular expression: {exc}", field="vendor") from None
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"{name}: {exc}", field="template") from None


class TemplateCatalog:
    """The templates of a folder, re-read when the folder changes."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._stamp: tuple[tuple[str, float], ...] = ()
        self._templates: list[StationTemplate] = []

    def all(self) -> list[StationTemplate]:
        """Every valid template, highest priority first (bad files are logged and skipped)."""
        files = sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []
        stamp = tuple((str(p), p.stat().st_mtime) for p in files)
        if stamp != self._stamp:
            templates = []
            for path in files:
                try:
                    templates.append(parse_template(path.read_text(encoding="utf-8"), path.stem))
                except InvalidInput as exc:
                    logger.warning("station template skipped", extra={"detail": exc.message})
            self._templates = sorted(templates, key=lambda t: -t.priority)
            self._stamp = stamp
        return list(self._templates)

    def match(self, vendor: str | None, model: str | None) -> StationTemplate | None:
        """The best template for a station, or None."""
        return next((t for t in self.all() if t.matches(vendor, model)), None)


class TemplateApplier:
    """After an accepted boot, pushes the matching template's configuration to the station."""

    def __init__(self, catalog: TemplateCatalog, gateway: StationGateway) -> None:
        self.catalog = catalog
        self.gateway = gateway

    async def apply(self, station: ChargingStation) -> dict[str, str]:
        """Push every key of the matching template; return key -> station's answer."""
        fresh = await stations.get(station.tenant_id, station.id) or station
        template = self.catalog.match(fresh.vendor, fresh.model)
        if template is None:
            return {}
        results: dict[str, str] = {}
        for key, value in template.configuration.items():
            try:
                reply = await self.gateway.change_configuration(
                    station.tenant_id, station.station_id, key, value)
                results[key] = str(reply.get("status", "Unknown"))
            except StationCommandError as exc:
                results[key] = exc.code
        accepted = {k: template.configuration[k] for k, s in results.items()
                    if s in ("Accepted", "RebootRequired")}
        await stations.update(station.tenant_id, station.id, {
            "template_id": template.id, "configuration": fresh.configuration | accepted})
        logger.info("station template applied", extra={
            "tenant": station.tenant_id, "station": station.station_id,
            "template": template.id, "results": results})
        return results
