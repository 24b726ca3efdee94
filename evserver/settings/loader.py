"""Load settings from a TOML file, then `EVSERVER_<SECTION>__<KEY>` environment overrides."""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from evserver.settings.model import Settings

ENV_PREFIX = "EVSERVER_"
CONFIG_ENV = "EVSERVER_CONFIG"
DEFAULT_PATH = Path("config/evserver.toml")


class ConfigError(Exception):
    """The configuration is unusable; the message names the key and the problem in one line."""


def load_settings(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Read `path` (or `$EVSERVER_CONFIG`, or `config/evserver.toml` if present) plus overrides."""
    env = os.environ if env is None else env
    raw = _read_file(_config_path(path, env))
    _apply_env(raw, env)
    return _convert(raw)


def _config_path(path: str | Path | None, env: Mapping[str, str]) -> Path | None:
    if path is not None:
        return Path(path)
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    return DEFAULT_PATH if DEFAULT_PATH.is_file() else None


def _read_file(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _apply_env(raw: dict[str, Any], env: Mapping[str, str]) -> None:
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name or name == CONFIG_ENV:
            continue
        parts = name[len(ENV_PREFIX):].lower().split("__")
        if any(not p for p in parts):
            raise ConfigError(f"{name}: malformed override name")
        _set_path(raw, parts, _env_value(value), name)


def _env_value(value: str) -> Any:
    # Lists come as JSON (`["a","b"]`); scalars stay strings and are coerced by type.
    if value.startswith("["):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise ConfigError(f"invalid JSON list: {value}") from None
    return value


def _set_path(node: Any, parts: list[str], value: Any, name: str) -> None:
    head, rest = parts[0], parts[1:]
    if isinstance(node, list):
        if not head.isdigit():
            raise ConfigError(f"{name}: `{head}` is not a list index")
        index = int(head)
        while len(node) <= index:
            node.append({})
        if rest:
            _set_path(node[index], rest, value, name)
        else:
            node[index] = value
        return
    if not isinstance(node, dict):
        raise ConfigError(f"{name}: cannot override inside a scalar")
    if not rest:
        node[head] = value
        return
    if head not in node:
        if head == "central_systems":
            node[head] = [msgspec.to_builtins(cs) for cs in Settings().central_systems]
        else:
            node[head] = [] if rest[0].isdigit() else {}
    _set_path(node[head], rest, value, name)


_PATH_RE = re.compile(r" - at `\$(?P<path>[^`]*)`$")


def _convert(raw: dict[str, Any]) -> Settings:
    try:
        return msgspec.convert(raw, Settings, strict=False)
    except msgspec.ValidationError as exc:
        message = str(exc)
        match = _PATH_RE.search(message)
        key = "" if match is None else (
            match.group("path").lstrip(".").replace("[", ".").replace("]", ""))
        detail = message if match is None else message[: match.start()]
        unknown = re.match(r"Object contains unknown field `(?P<f>[^`]+)`", detail)
        if unknown:
            key = f"{key}.{unknown.group('f')}" if key else unknown.group("f")
            detail = "unknown key"
        field = re.match(r"^(?P<f>[a-z_]+): (?P<rest>.*)$", detail)
        if field:
            key = f"{key}.{field.group('f')}" if key else field.group("f")
            detail = field.group("rest")
        return_key = key or "(top level)"
        raise ConfigError(f"{return_key}: {detail}") from None
