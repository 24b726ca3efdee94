"""Station templates ("zero configuration"), one JSON file each in the templates folder.

Files rather than a collection: templates are shared by every tenant, reviewed like
configuration, and shipped with a deployment; the folder is `charging_station.templates_dir`.
A template's id is its file name without `.json`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from evserver.core.errors import AlreadyExists, InvalidInput, NotFound

TEMPLATE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
SUFFIX = ".json"
# Bounds what one file may cost to read on every list.
MAX_TEMPLATE_BYTES = 256 * 1024


def check_template_id(template_id: str) -> str:
    """Return `template_id` if it is a safe file name, or raise `InvalidInput` naming `id`."""
    if not TEMPLATE_ID_RE.match(template_id) or ".." in template_id:
        raise InvalidInput("template id must be 1-64 characters of A-Z a-z 0-9 _ . -",
                           field="id")
    return template_id


class TemplateStore:
    """Reads and writes templates (JSON objects) in one folder."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def list(self) -> list[tuple[str, dict[str, Any]]]:
        """Every readable template as `(id, content)`, ordered by id; broken files are skipped."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            template_id = path.name[: -len(SUFFIX)]
            if not TEMPLATE_ID_RE.match(template_id):
                continue
            content = self._read(path)
            if content is not None:
                found.append((template_id, content))
        return found

    def get(self, template_id: str) -> dict[str, Any]:
        """The template with this id, or `NotFound`."""
        content = self._read(self._path(template_id))
        if content is None:
            raise NotFound(f"no station template `{template_id}`")
        return content

    def create(self, template_id: str, content: dict[str, Any]) -> dict[str, Any]:
        """Store a new template; its id must be free."""
        path = self._path(template_id)
        if path.exists():
            raise AlreadyExists(f"station template `{template_id}` exists", field="id")
        self._write(path, content)
        return content

    def replace(self, template_id: str, content: dict[str, Any]) -> dict[str, Any]:
        """Overwrite an existing template."""
        path = self._path(template_id)
        if not path.is_file():
            raise NotFound(f"no station template `{template_id}`")
        self._write(path, content)
        return content

    def delete(self, template_id: str) -> None:
        """Remove a template."""
        path = self._path(template_id)
        try:
            path.unlink()
        except FileNotFoundError:
            raise NotFound(f"no station template `{template_id}`") from None

    def _path(self, template_id: str) -> Path:
        return self.folder / f"{check_template_id(template_id)}{SUFFIX}"

    @staticmethod
    def _read(path: Path) -> dict[str, Any] | None:
        try:
            if path.stat().st_size > MAX_TEMPLATE_BYTES:
                return None
            content = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return content if isinstance(content, dict) else None

    def _write(self, path: Path, content: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        # Write then rename: a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(content, out, indent=2, sort_keys=True)
                out.write("\n")
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
