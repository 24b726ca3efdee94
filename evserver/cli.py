"""Command line: `evserver serve | check-config | tenant | user | badge | station | simulate`."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from evserver.core.errors import DomainError, TenantNotFound
from evserver.core.logs import configure_logging
from evserver.settings import ConfigError, Settings, load_settings
from evserver.settings.secrets import masked

ROLE_CHOICES = ("SuperAdmin", "Admin", "Basic", "Demo")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(prog="evserver", description=__doc__)
    parser.add_argument("--config", help="configuration file (default: config/evserver.toml)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("serve", help="run the server (REST, OCPP-J, OCPP-S, jobs)")
    sub.add_parser("check-config", help="print the effective configuration, secrets masked")

    tenant = sub.add_parser("tenant", help="manage tenants").add_subparsers(dest="action",
                                                                             required=True)
    create = tenant.add_parser("create", help="create a tenant")
    create.add_argument("--slug", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--currency", default="EUR")
    create.add_argument("--locale", default="en_US")
    create.add_argument("--timezone", default="UTC")
    create.add_argument("--registration-policy", choices=("reject", "pending", "token"),
                        default="token")
    tenant.add_parser("list", help="list tenants")

    user = sub.add_parser("user", help="manage users").add_subparsers(dest="action", required=True)
    ucreate = user.add_parser("create", help="create a user")
    ucreate.add_argument("--tenant", required=True)
    ucreate.add_argument("--email", required=True)
    ucreate.add_argument("--password", required=True)
    ucreate.add_argument("--role", choices=ROLE_CHOICES, default="Basic")
    ucreate.add_argument("--first-name", default="")
    ucreate.add_argument("--last-name", default="")

    badge = sub.add_parser("badge", help="manage badges").add_subparsers(dest="action",
                                                                          required=True)
    bcreate = badge.add_parser("create", help="create a badge")
    bcreate.add_argument("--tenant", required=True)
    bcreate.add_argument("--uid", required=True)
    bcreate.add_argument("--user", help="e-mail of the badge's owner")
    bcreate.add_argument("--description", default="")

    station = sub.add_parser("station", help="manage stations").add_subparsers(dest="action",
                                                                                required=True)
    sadd = station.add_parser("add", help="pre-register a station")
    sadd.add_argument("--tenant", required=True)
    sadd.add_argument("--id", required=True)
    sadd.add_argument("--password")
    sadd.add_argument("--endpoint-url", help="OCPP-S: the station's SOAP endpoint")
    sim = sub.add_parser("simulate", help="simulated stations for demos and load tests")
    sim.add_argument("--url", required=True, help="ws://host:8010/ocpp/<tenant>")
    sim.add_argument("--stations", type=int, default=1)
    sim.add_argument("--protocol", choices=("ocpp1.6", "ocpp2.0.1"), default="ocpp1.6")
    sim.add_argument("--duration", type=float, default=60.0, help="seconds")
    sim.add_argument("--id-prefix", default="SIM", help="station ids are <prefix>-00001, ...")
    sim.add_argument("--id-tag", default="DEMO-BADGE-1",
                     help="badge to charge with; {n} becomes the station number")
    sim.add_argument("--meter-interval", type=float, default=10.0, help="seconds")
    sim.add_argument("--password", help="HTTP Basic password of every station")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `evserver` console script."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.logging.level, as_json=settings.logging.json)
    if args.command == "check-config":
        print(json.dumps(masked(settings), indent=2))
        return 0
    if args.command == "serve":
        return _serve(settings)
    if args.command == "simulate":
        from evserver.simulator import run_simulation

        return asyncio.run(run_simulation(
            args.url, args.stations, args.protocol, args.duration, id_prefix=args.id_prefix,
            id_tag=args.id_tag, meter_interval_s=args.meter_interval, password=args.password))
    handler = _DB_COMMANDS[(args.command, args.action)]
    return _run_with_storage(settings, lambda: handler(args))


def _serve(settings: Settings) -> int:
    from evserver.server import StartupError, serve

    try:
        return asyncio.run(serve(settings))
    except StartupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run_with_storage(settings: Settings, action: Callable[[], Awaitable[None]]) -> int:
    from evserver.storage.lifecycle import open_storage

    async def run() -> int:
        async with open_storage(settings.storage):
            try:
                await action()
            except DomainError as exc:
                where = f"{exc.field}: " if exc.field else ""
                print(f"error: {where}{exc.message}", file=sys.stderr)
                return 1
        return 0

    try:
        return asyncio.run(run())
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1


async def _tenant_create(args: argparse.Namespace) -> None:
    from evserver.tenants.service import TenantService

    tenant = await TenantService().create(
        args.slug, args.name, currency=args.currency, locale=args.locale,
        timezone=args.timezone, registration_policy=args.registration_policy,
    )
    print(f"tenant {tenant.slug} created (id {tenant.id})")


async def _tenant_list(args: argparse.Namespace) -> None:
    from evserver.tenants.service import TenantService

    for tenant in await TenantService().list(limit=10_000):
        on = [name for name, value in tenant.components.model_dump().items() if value]
        print(f"{tenant.slug}\t{tenant.name}\t{tenant.currency}\t{tenant.default_locale}\t"
              f"components={','.join(on) or '-'}")


async def _tenant(slug: str) -> Any:
    from evserver.tenants.service import TenantService

    try:
        return await TenantService().get_by_slug(slug)
    except TenantNotFound:
        raise TenantNotFound(f"no tenant `{slug}`", field="tenant") from None


async def _user_create(args: argparse.Namespace) -> None:
    from evserver.auth.users import UserService

    tenant = await _tenant(args.tenant)
    user = await UserService().create(tenant, args.email, args.password, role=args.role,
                                      first_name=args.first_name, last_name=args.last_name)
    print(f"user {user.email} ({user.role}) created in {tenant.slug} (id {user.id})")


async def _badge_create(args: argparse.Namespace) -> None:
    from evserver.auth.users import UserService
    from evserver.charging.badges import BadgeService

    tenant = await _tenant(args.tenant)
    user_id = None
    if args.user:
        user = await UserService().find_by_email(tenant.id, args.user)
        if user is None:
            raise DomainError(f"no user `{args.user}` in {tenant.slug}", field="user")
        user_id = user.id
    badge = await BadgeService().create(tenant.id, args.uid, user_id=user_id,
                                        description=args.description)
    print(f"badge {badge.uid} created in {tenant.slug}")


async def _station_add(args: argparse.Namespace) -> None:
    from evserver.charging.stations import StationService

    tenant = await _tenant(args.tenant)
    station = await StationService().add(tenant.id, args.id, password=args.password,
                                         endpoint_url=args.endpoint_url)
    print(f"station {station.station_id} added to {tenant.slug}")


_DB_COMMANDS: dict[tuple[str, str], Callable[[argparse.Namespace], Awaitable[None]]] = {
    ("tenant", "create"): _tenant_create,
    ("tenant", "list"): _tenant_list,
    ("user", "create"): _user_create,
    ("badge", "create"): _badge_create,
    ("station", "add"): _station_add,
}
