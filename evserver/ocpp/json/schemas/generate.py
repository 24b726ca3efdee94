"""Write ``v16.py``, ``v201.py`` and ``v21.py`` from the JSON schemas inside the ``ocpp`` package.

Run with ``python -m evserver.ocpp.json.schemas.generate``. The output is deterministic for a
given ``ocpp`` release, so a diff after an upgrade shows exactly what the new schemas changed.

Mapping from JSON schema (draft 4 / 6, the subset the OCPP schemas use) to msgspec:

- object -> ``Payload`` subclass; ``required`` -> field without default, others ``T | None``;
  ``additionalProperties: false`` -> ``forbid_unknown_fields`` (the base default);
- string enum -> ``Literal`` alias; ``maxLength`` -> ``Meta(max_length=...)``;
  ``format: date-time`` -> ``AwareDatetime``;
- integer / number -> ``int`` / ``float`` with ``minimum`` / ``maximum`` as ``Meta(ge=, le=)``;
  an integer without a bound gets the 64-bit one (JSON schema integers are unbounded, stored
  ones are not: a larger value is a constraint violation, not a storage failure);
- array -> ``list[T]`` with ``minItems`` / ``maxItems``.

``multipleOf`` (three 1.6 charging-schedule numbers, step 0.1) is not emitted: a binary float
check would reject valid values such as 21.4. ``default`` is documentation only, as in JSON
schema validation, so decoding never fills it in.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import keyword
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUTPUT_DIR = Path(__file__).resolve().parent

# (module name, ocpp package folder, label, suffix of request schema files)
VERSIONS: tuple[tuple[str, str, str, str], ...] = (
    ("v16", "v16", "OCPP 1.6", ""),
    ("v201", "v201", "OCPP 2.0.1", "Request"),
    ("v21", "v21", "OCPP 2.1", "Request"),
)

# Keys that do not change what a schema accepts; two types differing only here are one type.
_DOC_KEYS = frozenset({"description", "comment", "javaType", "$id", "$schema", "title", "default"})

Json = dict[str, Any]


@dataclass
class _Entity:
    """A named type (struct or enum alias) found somewhere in one schema file."""

    key: tuple[str, str]  # (file stem, JSON pointer)
    base: str
    owner: str  # top-level message name, used to disambiguate clashing base names
    node: Json
    canonical: str
    kind: str  # "struct" or "enum"
    top_level: bool = False
    name: str = ""


@dataclass
class _SchemaFile:
    stem: str
    message: str
    root: Json


@dataclass
class _Module:
    label: str
    files: list[_SchemaFile] = field(default_factory=list)
    entities: dict[tuple[str, str], _Entity] = field(default_factory=dict)
    uses_datetime: bool = False
    uses_meta: bool = False
    uses_literal: bool = False
    uses_field: bool = False
    uses_any: bool = False
    uses_int64: bool = False


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def _snake(name: str) -> str:
    out = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    out = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", out).lower()
    if keyword.iskeyword(out):
        out += "_"
    return out


def _bound(kind: str, bound: float, rounding: Callable[[float], int]) -> float | int:
    # msgspec wants integer bounds on int fields; some 2.1 schemas write them as 0.0.
    return rounding(bound) if kind == "integer" else float(bound)


def _resolve(root: Json, node: Json) -> Json:
    ref = node.get("$ref")
    if ref is None:
        return node
    if not ref.startswith("#/definitions/"):
        raise ValueError(f"unsupported $ref {ref!r}")
    return _resolve(root, root["definitions"][ref.removeprefix("#/definitions/")])


def _expand(root: Json, node: Any) -> Any:
    """Return ``node`` with references inlined and documentation keys dropped."""
    if isinstance(node, dict):
        node = _resolve(root, node)
        return {k: _expand(root, v) for k, v in node.items() if k not in _DOC_KEYS}
    if isinstance(node, list):
        return [_expand(root, item) for item in node]
    return node


def _is_enum(node: Json) -> bool:
    return "enum" in node


def _is_struct(node: Json) -> bool:
    return node.get("type") == "object"


def _load(folder: str, suffix: str, label: str) -> _Module:
    module = _Module(label=label)
    schema_dir = importlib.resources.files("ocpp") / folder / "schemas"
    for path in sorted(schema_dir.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        stem = path.name.removesuffix(".json")
        message = stem if stem.endswith("Response") else stem.removesuffix(suffix) + "Request"
        # OCPP 2.x schema files start with a byte order mark.
        root = json.loads(path.read_text(encoding="utf-8-sig"))
        module.files.append(_SchemaFile(stem=stem, message=message, root=root))
    return module


def _collect(module: _Module) -> None:
    """Find every struct and enum in every file of ``module``."""
    for schema in module.files:
        _visit(module, schema, schema.root, "", schema.message)
        for name, definition in schema.root.get("definitions", {}).items():
            _visit(module, schema, definition, f"/definitions/{name}", name)


def _visit(module: _Module, schema: _SchemaFile, node: Json, pointer: str, base: str) -> None:
    if "$ref" in node:
        return
    if _is_enum(node) or _is_struct(node):
        module.entities[(schema.stem, pointer)] = _Entity(
            key=(schema.stem, pointer),
            base=base,
            owner=schema.message,
            node=node,
            canonical=json.dumps(_expand(schema.root, node), sort_keys=True),
            kind="enum" if _is_enum(node) else "struct",
            top_level=pointer == "",
        )
    for prop, sub in node.get("properties", {}).items():
        _visit(module, schema, sub, f"{pointer}/properties/{prop}", _pascal(prop))
    if isinstance(node.get("items"), dict):
        # Array items are named after the property holding the array.
        _visit(module, schema, node["items"], f"{pointer}/items", base)


def _assign_names(module: _Module) -> None:
    """Name each entity: its own base name when unambiguous, else prefixed by its message."""
    top_names = {e.owner for e in module.entities.values() if e.top_level}
    by_base: dict[str, list[_Entity]] = {}
    for entity in module.entities.values():
        if entity.top_level:
            entity.name = entity.owner
        else:
            by_base.setdefault(entity.base, []).append(entity)
    taken: dict[str, str] = {name: f"top:{name}" for name in top_names}
    for base in sorted(by_base):
        group = by_base[base]
        shared = len({e.canonical for e in group}) == 1 and base not in taken
        for entity in group:
            candidate = base if shared else f"{entity.owner}{base}"
            name, n = candidate, 2
            while name in taken and taken[name] != entity.canonical:
                name, n = f"{candidate}{n}", n + 1
            taken[name] = entity.canonical
            entity.name = name


class _Emitter:
    """Render the entities of one module as Python source."""

    def __init__(self, module: _Module) -> None:
        self.module = module
        self.deps: dict[str, set[str]] = {}

    def type_of(self, schema: _SchemaFile, node: Json, pointer: str, deps: set[str]) -> str:
        if "$ref" in node:
            target = "/definitions/" + node["$ref"].removeprefix("#/definitions/")
            return self.type_of(schema, _resolve(schema.root, node), target, deps)
        entity = self.module.entities.get((schema.stem, pointer))
        if entity is not None:
            deps.add(entity.name)
            return entity.name
        kind = node.get("type")
        meta: list[str] = []
        if kind == "string":
            if node.get("format") == "date-time":
                self.module.uses_datetime = True
                return "AwareDatetime"
            base = "str"
            if "maxLength" in node:
                meta.append(f"max_length={node['maxLength']}")
        elif kind in ("integer", "number"):
            base = "int" if kind == "integer" else "float"
            if "minimum" in node:
                meta.append(f"ge={_bound(kind, node['minimum'], math.ceil)!r}")
            elif kind == "integer":
                meta.append("ge=INT64_MIN")
            if "maximum" in node:
                meta.append(f"le={_bound(kind, node['maximum'], math.floor)!r}")
            elif kind == "integer":
                meta.append("le=INT64_MAX")
            if kind == "integer":
                self.module.uses_int64 = True
        elif kind == "boolean":
            base = "bool"
        elif kind == "array":
            item = self.type_of(schema, node["items"], f"{pointer}/items", deps)
            base = f"list[{item}]"
            if "minItems" in node:
                meta.append(f"min_length={node['minItems']}")
            if "maxItems" in node:
                meta.append(f"max_length={node['maxItems']}")
        elif kind is None and not set(node) - _DOC_KEYS:
            # An unconstrained schema ("data" of 2.x DataTransfer) accepts any JSON value.
            self.module.uses_any = True
            return "Any"
        else:
            raise ValueError(f"{schema.stem}{pointer}: unsupported schema {node!r}")
        if not meta:
            return base
        self.module.uses_meta = True
        return f"Annotated[{base}, Meta({', '.join(meta)})]"

    def enum(self, entity: _Entity) -> str:
        self.module.uses_literal = True
        values = entity.node["enum"]
        if not all(isinstance(v, str) for v in values):
            raise ValueError(f"{entity.key}: non-string enum")
        lines = [f"{entity.name}: TypeAlias = Literal["]
        lines += [f"    {json.dumps(v)}," for v in values]
        lines.append("]")
        return "\n".join(lines)

    def struct(self, entity: _Entity, schema: _SchemaFile) -> str:
        node = entity.node
        pointer = entity.key[1]
        deps: set[str] = set()
        options = (
            "" if node.get("additionalProperties") is False else ", forbid_unknown_fields=False"
        )
        lines = [
            f"class {entity.name}(Payload, frozen=True, kw_only=True{options}):",
            f'    """{self.docstring(entity)}"""',
        ]
        required = set(node.get("required", []))
        attributes: set[str] = set()
        body: list[str] = []
        for prop, sub in node.get("properties", {}).items():
            annotation = self.type_of(schema, sub, f"{pointer}/properties/{prop}", deps)
            attribute = _snake(prop)
            if attribute in attributes:
                raise ValueError(f"{entity.key}: two properties map to {attribute!r}")
            attributes.add(attribute)
            renamed = attribute != prop
            if renamed:
                self.module.uses_field = True
            if prop in required:
                value = f" = field(name={json.dumps(prop)})" if renamed else ""
                body.append(f"    {attribute}: {annotation}{value}")
            else:
                value = f"field(default=None, name={json.dumps(prop)})" if renamed else "None"
                body.append(f"    {attribute}: {annotation} | None = {value}")
        if body:
            lines += ["", *body]
        self.deps[entity.name] = deps - {entity.name}
        return "\n".join(lines)

    def docstring(self, entity: _Entity) -> str:
        if entity.top_level:
            action = entity.name.removesuffix("Request").removesuffix("Response")
            kind = "response" if entity.name.endswith("Response") else "request"
            return f"{action} {kind} payload ({self.module.label})."
        text = " ".join(
            line.strip()
            for line in str(entity.node.get("description", "")).splitlines()
            if line.strip() and not line.strip().startswith("urn:")
        )
        text = re.sub(r"\s+", " ", text).replace("\\", "/").replace('"', "'").strip()
        sentence = re.split(r"(?<=\.)\s", text, maxsplit=1)[0] if text else ""
        if not sentence or len(sentence) > 160:
            return f"{entity.base} ({self.module.label})."
        return sentence if sentence.endswith(".") else sentence + "."


def _topological(names: list[str], deps: dict[str, set[str]]) -> list[str]:
    """Order ``names`` so that every struct follows the types its fields use."""
    done: set[str] = set()
    order: list[str] = []

    def place(name: str, path: tuple[str, ...]) -> None:
        if name in done:
            return
        if name in path:
            raise ValueError(f"recursive types are not supported: {' -> '.join(path)}")
        for dep in sorted(deps.get(name, ())):
            place(dep, (*path, name))
        done.add(name)
        order.append(name)

    for name in names:
        place(name, ())
    return order


def render(folder: str, label: str, suffix: str) -> str:
    """Return the source of the generated module for one OCPP version."""
    module = _load(folder, suffix, label)
    _collect(module)
    _assign_names(module)
    emitter = _Emitter(module)
    stems = {s.stem: s for s in module.files}

    blocks: dict[str, str] = {}
    for entity in module.entities.values():
        if entity.name in blocks:
            continue
        if entity.kind == "enum":
            blocks[entity.name] = emitter.enum(entity)
            emitter.deps[entity.name] = set()
        else:
            blocks[entity.name] = emitter.struct(entity, stems[entity.key[0]])

    enums = sorted(n for n, e in _by_name(module).items() if e.kind == "enum")
    structs = sorted(n for n, e in _by_name(module).items() if e.kind == "struct")
    ordered = enums + [n for n in _topological(structs, emitter.deps) if n not in enums]

    actions: dict[str, dict[str, str]] = {}
    for schema in module.files:
        kind = "response" if schema.message.endswith("Response") else "request"
        action = schema.message.removesuffix("Response").removesuffix("Request")
        actions.setdefault(action, {})[kind] = schema.message
    orphans = sorted(a for a, pair in actions.items() if "request" not in pair)
    if orphans:
        raise ValueError(f"{label}: responses without a request: {orphans}")

    version = importlib.metadata.version("ocpp")
    head = [
        f'"""{label} payload types, generated from the JSON schemas of ocpp {version}.',
        "",
        "Do not edit: regenerate with ``python -m evserver.ocpp.json.schemas.generate``.",
        '"""',
        "",
    ]
    typing_names = ["Final"]
    if module.uses_meta:
        typing_names.append("Annotated")
    if module.uses_any:
        typing_names.append("Any")
    if module.uses_literal:
        typing_names += ["Literal", "TypeAlias"]
    head.append(f"from typing import {', '.join(sorted(typing_names))}")
    head.append("")
    msgspec_names = [
        n for n, used in (("Meta", module.uses_meta), ("field", module.uses_field)) if used
    ]
    if msgspec_names:
        head.append(f"from msgspec import {', '.join(msgspec_names)}")
        head.append("")
    base_names = (["Payload"] + (["AwareDatetime"] if module.uses_datetime else [])
                  + (["INT64_MAX", "INT64_MIN"] if module.uses_int64 else []))
    head.append(f"from evserver.ocpp.json.schemas import {', '.join(sorted(base_names))}")

    table = [
        "# Action -> (request type, response type); no response type for a message that is",
        "# only ever sent unconfirmed (2.1 SEND, message type 6).",
        "ACTIONS: Final[dict[str, tuple[type[Payload], type[Payload] | None]]] = {",
    ]
    for action in sorted(actions):
        pair = actions[action]
        table.append(f'    "{action}": ({pair["request"]}, {pair.get("response", "None")}),')
    table.append("}")

    parts = ["\n".join(head), *(blocks[name] for name in ordered), "\n".join(table)]
    return "\n\n\n".join(parts) + "\n"


def _by_name(module: _Module) -> dict[str, _Entity]:
    named: dict[str, _Entity] = {}
    for entity in module.entities.values():
        named.setdefault(entity.name, entity)
    return named


def main() -> None:
    """Regenerate every version module next to this file."""
    for module_name, folder, label, suffix in VERSIONS:
        target = OUTPUT_DIR / f"{module_name}.py"
        target.write_text(render(folder, label, suffix), encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
