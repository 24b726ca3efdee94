"""The permission matrix of spec/authorization.md, one test per cell, against config/casbin/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evserver.auth.policy import (
    ACTIONS,
    DENIED,
    NOT_FOUND,
    Authorizer,
    Decision,
    ObjectAttrs,
    PolicyError,
    Subject,
    UnknownPermission,
    casbin_dir,
)

CONFIG = Path(__file__).resolve().parents[2] / "config"
TENANT, OTHER_TENANT, PLATFORM = "t-acme", "t-other", "t-platform"
ME, SOMEONE = "u-me", "u-someone"
ROLES = ("SuperAdmin", "Admin", "Basic", "Demo")

ALL, OWN, HIDDEN = "all", "own", "hidden"
CRUD = ("list", "create", "read", "update", "delete")
COMMANDS = (
    "Reset", "ClearCache", "GetConfiguration", "ChangeConfiguration", "RemoteStart",
    "RemoteStop", "UnlockConnector", "ChangeAvailability", "TriggerMessage",
    "SetChargingProfile", "ClearChargingProfile", "GetCompositeSchedule", "UpdateFirmware",
    "GetDiagnostics", "ReserveNow", "CancelReservation", "SendLocalList", "DataTransfer",
    "GetLocalListVersion",
)


def grant(view: str, *actions: str) -> dict[str, str]:
    return dict.fromkeys(actions, view)


# The matrix, transcribed from the spec (not from policy.csv): role -> resource -> action -> view.
# Every (role, resource, action) not listed must be denied.
MATRIX: dict[str, dict[str, dict[str, str]]] = {
    "SuperAdmin": {
        "Tenant": grant(ALL, *CRUD, "update_settings"),
        "User": grant(ALL, *CRUD),
        "ChargingStation": grant(HIDDEN, "list", "read"),
        "StationTemplate": grant(ALL, *CRUD),
        "Log": grant(ALL, "list", "read"),
        "Statistics": grant(HIDDEN, "read"),
        "Events": grant(ALL, "subscribe"),
    },
    "Admin": {
        "Tenant": grant(ALL, "read", "update_settings"),
        "User": grant(ALL, *CRUD, "export"),
        "Badge": grant(ALL, *CRUD, "assign", "import", "export"),
        "Site": grant(ALL, *CRUD),
        "ChargingStation": grant(ALL, "list", "read", "update", "delete", *COMMANDS),
        "Session": grant(
            ALL, "list", "read", "export", "read_consumption", "stop", "soft_stop", "delete"
        ),
        "RegistrationToken": grant(ALL, *CRUD, "revoke"),
        "StationTemplate": grant(ALL, "list", "read"),
        "PricingDefinition": grant(ALL, *CRUD, "resolve"),
        "BillingSetting": grant(ALL, "read", "update", "check"),
        "Invoice": grant(ALL, "list", "read", "download"),
        "PaymentMethod": grant(ALL, "list", "create", "read", "delete"),
        "OcpiEndpoint": grant(ALL, *CRUD, "register", "unregister", "sync"),
        "Log": grant(ALL, "list", "read", "export"),
        "Statistics": grant(ALL, "read", "export"),
        "Events": grant(ALL, "subscribe"),
    },
    "Basic": {
        "User": grant(OWN, "read", "update"),
        "Badge": grant(OWN, "list", "read"),
        "Site": grant(ALL, "list", "read"),
        "ChargingStation": {
            **grant(HIDDEN, "list", "read"),
            **grant(OWN, "RemoteStart", "RemoteStop", "UnlockConnector"),
        },
        "Session": grant(OWN, "list", "read", "read_consumption", "stop"),
        "PricingDefinition": grant(ALL, "resolve"),
        "Invoice": grant(OWN, "list", "read", "download"),
        "PaymentMethod": grant(OWN, "list", "create", "delete"),
        "Statistics": grant(OWN, "read", "export"),
        "Events": grant(ALL, "subscribe"),
    },
    "Demo": {
        "User": grant(OWN, "read"),
        "Site": grant(ALL, "list", "read"),
        "ChargingStation": grant(HIDDEN, "list", "read"),
        "Session": grant(HIDDEN, "list", "read", "read_consumption"),
        "PricingDefinition": grant(ALL, "read"),
        "Statistics": grant(HIDDEN, "read"),
        "Events": grant(HIDDEN, "subscribe"),
    },
}

CELLS = [
    pytest.param(role, resource, action, id=f"{role}-{resource}-{action}")
    for role in ROLES
    for resource, actions in ACTIONS.items()
    for action in actions
]
GRANTED = [
    pytest.param(role, resource, action, id=f"{role}-{resource}-{action}")
    for role, resources in MATRIX.items()
    for resource, actions in resources.items()
    for action in actions
]


@pytest.fixture(scope="module")
def authorizer() -> Authorizer:
    return Authorizer.from_config_dir(CONFIG)


def subject(role: str, *, platform: bool | None = None, user_id: str = ME) -> Subject:
    """A user of `role` in its natural tenant: the platform for SuperAdmin, a customer else."""
    in_platform = role == "SuperAdmin" if platform is None else platform
    return Subject(user_id, role, PLATFORM if in_platform else TENANT, in_platform)


def here(**attrs: Any) -> ObjectAttrs:
    """An object of the customer tenant the non-SuperAdmin subjects live in."""
    return ObjectAttrs(TENANT, **attrs)


def expected(role: str, resource: str, action: str) -> Decision:
    view = MATRIX[role].get(resource, {}).get(action)
    if view is None:
        return DENIED
    return Decision(allowed=True, hidden=view == HIDDEN, own_only=view == OWN)


def fitting_object(sub: Subject, resource: str, action: str) -> ObjectAttrs:
    """An object of the caller's tenant that meets every condition a grant could set."""
    tenant_id: str | None = sub.tenant_id
    if resource == "StationTemplate":
        tenant_id = None
    elif resource == "Tenant" and sub.role == "SuperAdmin":
        tenant_id = OTHER_TENANT
    owner = SOMEONE if (resource, action) == ("User", "delete") else sub.id
    return ObjectAttrs(
        tenant_id,
        owner_id=owner,
        badge_owner_id=sub.id,
        session_owner_id=sub.id,
        category="station",
    )


# --- the matrix, cell by cell ------------------------------------------------------------------


@pytest.mark.parametrize(("role", "resource", "action"), CELLS)
def test_cell_without_object(
    authorizer: Authorizer, role: str, resource: str, action: str
) -> None:
    assert authorizer.decide(subject(role), action, resource) == expected(role, resource, action)


@pytest.mark.parametrize(("role", "resource", "action"), CELLS)
def test_cell_with_fitting_object(
    authorizer: Authorizer, role: str, resource: str, action: str
) -> None:
    sub = subject(role)
    obj = fitting_object(sub, resource, action)
    assert authorizer.decide(sub, action, resource, obj) == expected(role, resource, action)


# --- tenancy -----------------------------------------------------------------------------------


SUPERADMIN_GRANTS = [p for p in GRANTED if p.values[0] == "SuperAdmin"]
TENANT_GRANTS = [p for p in GRANTED if p.values[0] != "SuperAdmin"]


@pytest.mark.parametrize(("role", "resource", "action"), SUPERADMIN_GRANTS)
def test_superadmin_outside_the_platform_tenant_is_denied(
    authorizer: Authorizer, role: str, resource: str, action: str
) -> None:
    sub = subject(role, platform=False)
    assert authorizer.decide(sub, action, resource) == DENIED
    obj = fitting_object(sub, resource, action)
    assert authorizer.decide(sub, action, resource, obj) == DENIED
    assert not authorizer.decide(sub, action, resource, here(owner_id=SOMEONE)).allowed


@pytest.mark.parametrize(("role", "resource", "action"), TENANT_GRANTS)
def test_tenant_roles_inside_the_platform_tenant_are_denied(
    authorizer: Authorizer, role: str, resource: str, action: str
) -> None:
    sub = subject(role, platform=True)
    assert authorizer.decide(sub, action, resource) == DENIED
    obj = fitting_object(sub, resource, action)
    assert not authorizer.decide(sub, action, resource, obj).allowed


@pytest.mark.parametrize(("role", "resource", "action"), TENANT_GRANTS)
def test_another_tenants_object_is_not_found(
    authorizer: Authorizer, role: str, resource: str, action: str
) -> None:
    sub = subject(role)
    obj = ObjectAttrs(OTHER_TENANT, owner_id=ME, badge_owner_id=ME, session_owner_id=ME,
                      category="station")
    assert authorizer.decide(sub, action, resource, obj) == NOT_FOUND


def test_another_tenants_object_is_forbidden_when_the_role_may_never_act(
    authorizer: Authorizer,
) -> None:
    # The role check comes first: a 403 does not tell whether the object exists.
    obj = ObjectAttrs(OTHER_TENANT)
    assert authorizer.decide(subject("Basic"), "read", "RegistrationToken", obj) == DENIED
    assert authorizer.decide(subject("Demo"), "delete", "Session", obj) == DENIED


def test_superadmin_users_and_logs_are_the_platforms_only(authorizer: Authorizer) -> None:
    sub = subject("SuperAdmin")
    assert authorizer.decide(sub, "read", "User", ObjectAttrs(PLATFORM, owner_id=SOMEONE)).allowed
    assert authorizer.decide(sub, "read", "User", here(owner_id=ME)) == NOT_FOUND
    assert authorizer.decide(sub, "list", "Log", here()) == NOT_FOUND
    assert authorizer.decide(sub, "subscribe", "Events", here()) == NOT_FOUND
    assert authorizer.decide(sub, "read", "Session", here()) == DENIED


def test_superadmin_supports_stations_of_every_tenant_anonymised(authorizer: Authorizer) -> None:
    sub = subject("SuperAdmin")
    assert authorizer.decide(sub, "read", "ChargingStation", here()) == Decision(True, hidden=True)
    assert authorizer.decide(sub, "Reset", "ChargingStation", here()) == DENIED


def test_superadmin_cannot_delete_the_platform_tenant(authorizer: Authorizer) -> None:
    sub = subject("SuperAdmin")
    assert authorizer.decide(sub, "delete", "Tenant", ObjectAttrs(PLATFORM)) == DENIED
    assert authorizer.decide(sub, "delete", "Tenant", ObjectAttrs(OTHER_TENANT)).allowed
    assert authorizer.decide(sub, "update", "Tenant", ObjectAttrs(PLATFORM)).allowed


def test_admin_reads_its_own_tenant_only(authorizer: Authorizer) -> None:
    sub = subject("Admin")
    assert authorizer.decide(sub, "read", "Tenant", here()).allowed
    assert authorizer.decide(sub, "update_settings", "Tenant", here()).allowed
    assert authorizer.decide(sub, "read", "Tenant", ObjectAttrs(OTHER_TENANT)) == NOT_FOUND
    assert authorizer.decide(sub, "update", "Tenant", here()) == DENIED


def test_station_templates_are_shared_objects(authorizer: Authorizer) -> None:
    admin = subject("Admin")
    assert authorizer.decide(admin, "read", "StationTemplate", ObjectAttrs(None)).allowed
    assert authorizer.decide(admin, "update", "StationTemplate", ObjectAttrs(None)) == DENIED
    # A template is never a tenant's object: one that claims to be is refused.
    assert not authorizer.decide(admin, "read", "StationTemplate", here()).allowed
    superadmin = subject("SuperAdmin")
    assert authorizer.decide(superadmin, "delete", "StationTemplate", ObjectAttrs(None)).allowed


def test_a_shared_object_is_not_another_tenants(authorizer: Authorizer) -> None:
    assert authorizer.decide(subject("Admin"), "read", "Site", ObjectAttrs(None)) == DENIED


# --- [own] -------------------------------------------------------------------------------------

OWN_CASES = [
    # (role, resource, action, object, allowed)
    ("Basic", "User", "read", here(owner_id=ME), True),
    ("Basic", "User", "read", here(owner_id=SOMEONE), False),
    ("Basic", "User", "update", here(owner_id=ME), True),
    ("Basic", "User", "update", here(owner_id=SOMEONE), False),
    ("Basic", "User", "update", here(owner_id=ME, changes_role_or_status=True), False),
    ("Demo", "User", "read", here(owner_id=ME), True),
    ("Demo", "User", "read", here(owner_id=SOMEONE), False),
    ("Demo", "User", "update", here(owner_id=ME), False),
    ("Admin", "User", "delete", here(owner_id=ME), False),
    ("Admin", "User", "delete", here(owner_id=SOMEONE), True),
    ("Admin", "User", "update", here(owner_id=ME, changes_role_or_status=True), True),
    ("Basic", "Badge", "read", here(owner_id=ME), True),
    ("Basic", "Badge", "read", here(owner_id=SOMEONE), False),
    ("Basic", "Badge", "list", here(owner_id=SOMEONE), False),
    ("Basic", "Badge", "update", here(owner_id=ME), False),
    ("Basic", "ChargingStation", "RemoteStart", here(badge_owner_id=ME), True),
    ("Basic", "ChargingStation", "RemoteStart", here(badge_owner_id=SOMEONE), False),
    ("Basic", "ChargingStation", "RemoteStart", here(), False),
    ("Basic", "ChargingStation", "RemoteStart", here(session_owner_id=ME), False),
    ("Basic", "ChargingStation", "RemoteStop", here(session_owner_id=ME), True),
    ("Basic", "ChargingStation", "RemoteStop", here(session_owner_id=SOMEONE), False),
    ("Basic", "ChargingStation", "RemoteStop", here(badge_owner_id=ME), False),
    ("Basic", "ChargingStation", "UnlockConnector", here(session_owner_id=ME), True),
    ("Basic", "ChargingStation", "UnlockConnector", here(session_owner_id=SOMEONE), False),
    ("Basic", "ChargingStation", "UnlockConnector", here(), False),
    ("Admin", "ChargingStation", "RemoteStart", here(badge_owner_id=SOMEONE), True),
    ("Admin", "ChargingStation", "RemoteStop", here(session_owner_id=SOMEONE), True),
    ("Basic", "Session", "list", here(owner_id=ME), True),
    ("Basic", "Session", "read", here(owner_id=SOMEONE), False),
    ("Basic", "Session", "read_consumption", here(owner_id=ME), True),
    ("Basic", "Session", "read_consumption", here(owner_id=SOMEONE), False),
    ("Basic", "Session", "stop", here(owner_id=ME), True),
    ("Basic", "Session", "stop", here(owner_id=SOMEONE), False),
    ("Basic", "Session", "soft_stop", here(owner_id=ME), False),
    ("Admin", "Session", "delete", here(billed=False), True),
    ("Admin", "Session", "delete", here(billed=True), False),
    ("Admin", "Session", "stop", here(billed=True), True),
    ("Basic", "Invoice", "download", here(owner_id=ME), True),
    ("Basic", "Invoice", "download", here(owner_id=SOMEONE), False),
    ("Basic", "Invoice", "read", here(owner_id=SOMEONE), False),
    ("Admin", "Invoice", "read", here(owner_id=SOMEONE), True),
    ("Basic", "PaymentMethod", "create", here(owner_id=ME), True),
    ("Basic", "PaymentMethod", "create", here(owner_id=SOMEONE), False),
    ("Basic", "PaymentMethod", "delete", here(owner_id=SOMEONE), False),
    ("Admin", "PaymentMethod", "delete", here(owner_id=SOMEONE), True),
    ("Basic", "Statistics", "read", here(owner_id=ME), True),
    ("Basic", "Statistics", "export", here(owner_id=None), False),
    ("Basic", "Events", "subscribe", here(category="station"), True),
    ("Basic", "Events", "subscribe", here(category="session", owner_id=ME), True),
    ("Basic", "Events", "subscribe", here(category="session", owner_id=SOMEONE), False),
    ("Basic", "Events", "subscribe", here(category="user", owner_id=ME), False),
    ("Demo", "Events", "subscribe", here(category="station"), True),
    ("Demo", "Events", "subscribe", here(category="session", owner_id=ME), False),
    ("Admin", "Events", "subscribe", here(category="user", owner_id=SOMEONE), True),
    ("SuperAdmin", "Events", "subscribe", ObjectAttrs(PLATFORM, category="tenant"), True),
    ("SuperAdmin", "User", "delete", ObjectAttrs(PLATFORM, owner_id=ME), False),
]


@pytest.mark.parametrize(
    ("role", "resource", "action", "obj", "allowed"),
    [pytest.param(*c, id=f"{c[0]}-{c[1]}-{c[2]}-{i}") for i, c in enumerate(OWN_CASES)],
)
def test_conditions(
    authorizer: Authorizer, role: str, resource: str, action: str, obj: ObjectAttrs, allowed: bool
) -> None:
    decision = authorizer.decide(subject(role), action, resource, obj)
    assert decision.allowed is allowed
    assert not decision.not_found


def test_own_lines_tell_lists_to_filter_on_the_owner(authorizer: Authorizer) -> None:
    assert authorizer.decide(subject("Basic"), "list", "Session").own_only
    assert authorizer.decide(subject("Basic"), "list", "Badge").own_only
    assert not authorizer.decide(subject("Admin"), "list", "Session").own_only
    assert not authorizer.decide(subject("Basic"), "list", "Site").own_only


# --- [hidden] ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "resource", "action", "hidden"),
    [
        ("Demo", "Session", "list", True),
        ("Demo", "Session", "read", True),
        ("Demo", "Session", "read_consumption", True),
        ("Demo", "Statistics", "read", True),
        ("Demo", "ChargingStation", "read", True),
        ("Demo", "Site", "read", False),
        ("Basic", "Session", "read", False),
        ("Basic", "ChargingStation", "list", True),
        ("Admin", "Session", "read", False),
        ("Admin", "ChargingStation", "read", False),
        ("Admin", "Statistics", "read", False),
    ],
)
def test_hidden(
    authorizer: Authorizer, role: str, resource: str, action: str, hidden: bool
) -> None:
    sub = subject(role)
    obj = here(owner_id=SOMEONE if role != "Basic" else ME)
    decision = authorizer.decide(sub, action, resource, obj)
    assert decision.allowed
    assert decision.hidden is hidden


def test_demo_station_events_are_anonymised(authorizer: Authorizer) -> None:
    event = here(category="station")
    assert authorizer.decide(subject("Demo"), "subscribe", "Events", event) == Decision(
        allowed=True, hidden=True
    )


# --- permissions_for ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_permissions_for_lists_the_granted_cells(authorizer: Authorizer, role: str) -> None:
    wanted = {
        resource: [a for a in ACTIONS[resource] if a in actions]
        for resource, actions in MATRIX[role].items()
    }
    assert authorizer.permissions_for(subject(role)) == wanted


def test_permissions_of_a_superadmin_outside_the_platform_are_empty(authorizer: Authorizer) -> None:
    assert authorizer.permissions_for(subject("SuperAdmin", platform=False)) == {}


def test_an_unknown_role_may_do_nothing(authorizer: Authorizer) -> None:
    sub = Subject(ME, "Root", TENANT, False)
    assert authorizer.permissions_for(sub) == {}
    assert authorizer.decide(sub, "read", "Site", here()) == DENIED


# --- vocabulary and loading ----------------------------------------------------------------------


def test_an_unknown_action_or_resource_is_a_programming_error(authorizer: Authorizer) -> None:
    with pytest.raises(UnknownPermission, match="action `reed` on `Site`"):
        authorizer.decide(subject("Admin"), "reed", "Site")
    with pytest.raises(UnknownPermission, match="resource `Sites`"):
        authorizer.decide(subject("Admin"), "read", "Sites", here())


def test_casbin_dir_is_inside_the_config_dir() -> None:
    assert casbin_dir(CONFIG) == CONFIG / "casbin"
    assert casbin_dir("conf") == Path("conf/casbin")


def write_policy(tmp_path: Path, *lines: str) -> Authorizer:
    policy = tmp_path / "policy.csv"
    policy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Authorizer(CONFIG / "casbin" / "model.conf", policy)


def test_a_minimal_policy_loads(tmp_path: Path) -> None:
    authorizer = write_policy(tmp_path, "# comment", "p, Admin, tenant, Site, read, True, all")
    assert authorizer.decide(subject("Admin"), "read", "Site", here()).allowed
    assert authorizer.decide(subject("Admin"), "list", "Site") == DENIED


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("p, Root, tenant, Site, read, True, all", "role must be one of"),
        ("p, Admin, tenants, Site, read, True, all", "scope must be one of"),
        ("p, Admin, tenant, Sites, read, True, all", "unknown resource"),
        ("p, Admin, tenant, Site, reed, True, all", "unknown action"),
        ("p, Admin, tenant, Site, read, True, secret", "view must be one of"),
        ("p, Admin, tenant, Site, read, r.obj.ownr_id == r.sub.id, all", "no attribute `ownr_id`"),
        ("p, Basic, tenant, Badge, read, True, own", "needs a rule on the owner"),
        ("p, Admin, tenant, Site, read, True", "expected 6 columns"),
    ],
)
def test_a_bad_policy_line_is_refused(tmp_path: Path, line: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        write_policy(tmp_path, line)


def test_lines_that_disagree_on_the_view_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="disagree on the view"):
        write_policy(
            tmp_path,
            "p, Demo, tenant, Session, read, True, hidden",
            "p, Demo, tenant, Session, read, r.obj.owner_id == r.sub.id, own",
        )


def test_a_rule_that_does_not_parse_is_refused_at_load(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="read on Site: rule does not parse"):
        write_policy(tmp_path, "p, Admin, tenant, Site, read, r.obj.owner_id ==, all")


def test_missing_files_are_reported(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="not found"):
        Authorizer(CONFIG / "casbin" / "model.conf", tmp_path / "nope.csv")
    with pytest.raises(PolicyError, match="cannot read"):
        Authorizer(tmp_path / "nope.conf", CONFIG / "casbin" / "policy.csv")
    with pytest.raises(PolicyError, match="no policy line"):
        write_policy(tmp_path, "# nothing yet")
