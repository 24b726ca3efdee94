"""Who may do what: the Casbin permission matrix of `config/casbin/` behind one typed call.

Every REST guard, every OCPP badge check and every OCPI module asks `Authorizer.decide`; the
rules themselves (including the `[own]` and `[hidden]` conditions) live in the policy file.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import casbin
from casbin.model import Model
from casbin.util.expression import SimpleEval

from evserver.storage.documents.user import ROLES

MODEL_FILE = "model.conf"
POLICY_FILE = "policy.csv"

# The vocabulary the code may ask about, per resource; the policy is checked against it at load
# so a typo on either side fails at start-up instead of turning into a silent 403.
COMMANDS: Final = (
    "Reset", "ClearCache", "GetConfiguration", "ChangeConfiguration", "RemoteStart",
    "RemoteStop", "UnlockConnector", "ChangeAvailability", "TriggerMessage",
    "SetChargingProfile", "ClearChargingProfile", "GetCompositeSchedule", "UpdateFirmware",
    "GetDiagnostics", "ReserveNow", "CancelReservation", "SendLocalList", "DataTransfer",
    "GetLocalListVersion",
)
CRUD: Final = ("list", "create", "read", "update", "delete")
ACTIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "Tenant": (*CRUD, "update_settings"),
    "User": (*CRUD, "export"),
    "Badge": (*CRUD, "assign", "import", "export"),
    "Site": CRUD,
    "ChargingStation": ("list", "read", "update", "delete", *COMMANDS),
    "Session": ("list", "read", "read_consumption", "export", "stop", "soft_stop", "delete"),
    "RegistrationToken": (*CRUD, "revoke"),
    "StationTemplate": CRUD,
    "PricingDefinition": (*CRUD, "resolve"),
    "BillingSetting": ("read", "update", "check"),
    "Invoice": ("list", "read", "download"),
    "PaymentMethod": ("list", "create", "read", "delete"),
    "OcpiEndpoint": (*CRUD, "register", "unregister", "sync"),
    "Log": ("list", "read", "export"),
    "Statistics": ("read", "export"),
    "Events": ("subscribe",),
}
SCOPES: Final = ("tenant", "any", "shared")
VIEWS: Final = ("all", "own", "hidden")

# Column positions of a policy line: p, role, scope, resource, action, rule, view.
_ROLE, _SCOPE, _RESOURCE, _ACTION, _RULE, _VIEW = range(6)
_ATTRIBUTE_RE = re.compile(r"\br\.(sub|dom|obj)\.(\w+)")


class PolicyError(Exception):
    """The Casbin model or policy cannot be used; the message names the line and the problem."""


class UnknownPermission(ValueError):
    """The code asked about a resource or an action that is not in the vocabulary."""


@dataclass(frozen=True, slots=True)
class Subject:
    """The caller: a user of one tenant with one role."""

    id: str
    role: str
    tenant_id: str
    is_platform_tenant: bool


@dataclass(frozen=True, slots=True)
class ObjectAttrs:
    """What the rules may know about the target object.

    `tenant_id` is None only for objects shared by every tenant (station templates).
    """

    tenant_id: str | None
    owner_id: str | None = None
    badge_owner_id: str | None = None
    session_owner_id: str | None = None
    changes_role_or_status: bool = False
    billed: bool = False
    category: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer to one question.

    `hidden`: personal fields must be anonymised in what is returned; `own_only`: a list must be
    limited to the caller's own objects; `not_found`: the object lives in another tenant and the
    caller must answer as if it did not exist (404, never 403).
    """

    allowed: bool
    hidden: bool = False
    own_only: bool = False
    not_found: bool = False


DENIED: Final = Decision(allowed=False)
NOT_FOUND: Final = Decision(allowed=False, not_found=True)


@dataclass(frozen=True, slots=True)
class _Tenant:
    """`r.dom`: the tenant the subject acts in."""

    id: str
    is_platform: bool


@dataclass(frozen=True, slots=True)
class _Target:
    """`r.obj`: the resource name plus the object's attributes, flattened for the rules."""

    resource: str
    unknown: bool
    shared: bool
    tenant_id: str | None
    owner_id: str | None
    badge_owner_id: str | None
    session_owner_id: str | None
    changes_role_or_status: bool
    billed: bool
    category: str

    @classmethod
    def of(cls, resource: str, obj: ObjectAttrs | None) -> _Target:
        if obj is None:
            return cls(resource, True, False, None, None, None, None, False, False, "")
        return cls(
            resource, False, obj.tenant_id is None, obj.tenant_id, obj.owner_id,
            obj.badge_owner_id, obj.session_owner_id, obj.changes_role_or_status, obj.billed,
            obj.category,
        )


_READABLE: Final = {
    "sub": frozenset(f.name for f in fields(Subject)),
    "dom": frozenset(f.name for f in fields(_Tenant)),
    "obj": frozenset(f.name for f in fields(_Target)),
}


def casbin_dir(config_dir: str | Path) -> Path:
    """Return the `casbin/` folder that sits in the configuration directory `config_dir`."""
    return Path(config_dir) / "casbin"


class Authorizer:
    """Answers `(subject, tenant, object, action)` questions from the model and policy files.

    Built once at start-up and shared: it holds no per-request state.
    """

    def __init__(self, model_path: str | Path, policy_path: str | Path) -> None:
        """Load and check `model_path` and `policy_path`, or raise `PolicyError`."""
        model_text = _read(Path(model_path))
        rows = _load_rows(Path(model_path), Path(policy_path))
        grouped: dict[tuple[str, str, str], list[list[str]]] = {}
        for row in rows:
            grouped.setdefault((row[_ROLE], row[_RESOURCE], row[_ACTION]), []).append(row)
        _check_views(grouped)
        # One small enforcer per (role, resource, action): Casbin evaluates every policy line
        # on each request, and a few lines instead of the whole matrix make that ~100x cheaper.
        self._enforcers = {key: _enforcer(model_text, lines) for key, lines in grouped.items()}
        # The answer without an object depends on role, tenant kind, resource and action only,
        # so guards read it from this table; it also parses every rule once, failing early.
        self._by_kind: dict[tuple[str, bool, str, str], Decision] = {}
        for (role, resource, action), enforcer in self._enforcers.items():
            for platform in (True, False):
                subject = Subject("", role, "", platform)
                try:
                    decision = _ask(enforcer, subject, action, _Target.of(resource, None))
                except SyntaxError as exc:
                    raise PolicyError(
                        f"{policy_path}: {role} {action} on {resource}: rule does not parse: "
                        f"{exc.msg}"
                    ) from None
                self._by_kind[role, platform, resource, action] = decision

    @classmethod
    def from_config_dir(cls, config_dir: str | Path) -> Authorizer:
        """Build from `<config_dir>/casbin/model.conf` and `policy.csv`."""
        folder = casbin_dir(config_dir)
        return cls(folder / MODEL_FILE, folder / POLICY_FILE)

    def decide(
        self, subject: Subject, action: str, resource: str, obj: ObjectAttrs | None = None
    ) -> Decision:
        """Tell whether `subject` may do `action` on `resource`, or on the object `obj`.

        Without `obj` the question is whether the role may ever do it (guards ask this before
        reading the body: a "no" is a 403). With `obj` the `[own]` conditions and the tenant of
        the object count too.
        """
        _check_vocabulary(resource, action)
        if obj is None:
            return self._by_kind.get(
                (subject.role, subject.is_platform_tenant, resource, action), DENIED
            )
        enforcer = self._enforcers.get((subject.role, resource, action))
        if enforcer is None:
            return DENIED
        decision = _ask(enforcer, subject, action, _Target.of(resource, obj))
        if decision.allowed or obj.tenant_id in (None, subject.tenant_id):
            return decision
        # Another tenant's object: say "not found" unless the role could never do this anyway.
        return NOT_FOUND if self.decide(subject, action, resource).allowed else DENIED

    def permissions_for(self, subject: Subject) -> dict[str, list[str]]:
        """Map each resource to the actions the subject's role may do on some of its objects."""
        granted: dict[str, list[str]] = {}
        for resource, actions in ACTIONS.items():
            allowed = [
                action
                for action in actions
                if self.decide(subject, action, resource).allowed
            ]
            if allowed:
                granted[resource] = allowed
        return granted


def _ask(enforcer: casbin.Enforcer, subject: Subject, action: str, target: _Target) -> Decision:
    tenant = _Tenant(subject.tenant_id, subject.is_platform_tenant)
    allowed, line = enforcer.enforce_ex(subject, tenant, target, action)
    if not allowed:
        return DENIED
    view = line[_VIEW]
    return Decision(allowed=True, hidden=view == "hidden", own_only=view == "own")


def _check_vocabulary(resource: str, action: str) -> None:
    actions = ACTIONS.get(resource)
    if actions is None:
        raise UnknownPermission(f"unknown resource `{resource}`")
    if action not in actions:
        raise UnknownPermission(f"unknown action `{action}` on `{resource}`")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read: {exc.strerror}") from None


def _load_rows(model_path: Path, policy_path: Path) -> list[list[str]]:
    """Parse both files with Casbin itself and check every policy line against the vocabulary."""
    if not policy_path.is_file():
        raise PolicyError(f"{policy_path}: file not found")
    try:
        rows: list[list[str]] = casbin.Enforcer(str(model_path), str(policy_path)).get_policy()
    except Exception as exc:  # Casbin raises bare exceptions of many kinds for a bad file.
        raise PolicyError(f"{model_path}: {exc}") from exc
    if not rows:
        raise PolicyError(f"{policy_path}: no policy line")
    for row in rows:
        problem = _row_problem(row)
        if problem:
            raise PolicyError(f"{policy_path}: `p, {', '.join(row)}`: {problem}")
    return rows


def _row_problem(row: list[str]) -> str | None:
    if len(row) != 6:
        return "expected 6 columns: role, scope, resource, action, rule, view"
    role, scope, resource, action, rule, view = row
    if role not in ROLES:
        return f"role must be one of {', '.join(ROLES)}"
    if scope not in SCOPES:
        return f"scope must be one of {', '.join(SCOPES)}"
    if resource not in ACTIONS:
        return f"unknown resource, expected one of {', '.join(ACTIONS)}"
    if action not in ACTIONS[resource]:
        return f"unknown action, expected one of {', '.join(ACTIONS[resource])}"
    if view not in VIEWS:
        return f"view must be one of {', '.join(VIEWS)}"
    if not rule:
        return "empty rule (write True for an unconditional line)"
    for kind, name in _ATTRIBUTE_RE.findall(rule):
        if name not in _READABLE[kind]:
            return f"r.{kind} has no attribute `{name}`"
    if view == "own" and rule == "True":
        return "an `own` line needs a rule on the owner"
    return None


def _check_views(grouped: Mapping[tuple[str, str, str], list[list[str]]]) -> None:
    # Casbin reports the first matching line; lines that could disagree on the view would make
    # `hidden` depend on their order in the file.
    for (role, resource, action), lines in grouped.items():
        if len({line[_VIEW] for line in lines}) > 1:
            raise PolicyError(f"{role} {action} on {resource}: lines disagree on the view")


def _enforcer(model_text: str, lines: list[list[str]]) -> casbin.Enforcer:
    model = Model()
    model.load_model_from_text(model_text)
    for line in lines:
        model.add_policy("p", "p", line)
    return _ParsedOnceEnforcer(model)


@lru_cache(maxsize=1024)
def _parse(expression: str) -> ast.expr:
    """Parse a matcher with a rule substituted, translating Casbin's operators as Casbin does."""
    text = expression.replace("&&", "and").replace("||", "or")
    text = re.sub(r"!(?!=)", "not ", text)
    node = ast.parse(text.strip(), mode="eval")
    return node.body


class _ParsedOnceEnforcer(casbin.Enforcer):  # type: ignore[misc]
    """A Casbin enforcer that parses each matcher expression once instead of on every request.

    Casbin re-parses the matcher (with the line's rule substituted) for each line on each call,
    which is half of the cost of a decision. The syntax tree is cached; a fresh evaluator is
    still built per call, so concurrent calls share nothing mutable.
    """

    @staticmethod
    def _get_expression(expr: str, functions: Any = None) -> SimpleEval:
        evaluator = SimpleEval("", functions)
        evaluator.ast_parsed_value = _parse(expr)
        return evaluator
