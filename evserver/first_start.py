"""What the first start creates in an empty database: the platform and a demo tenant."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field

from evserver.auth.users import UserService
from evserver.charging.badges import BadgeService
from evserver.charging.sites import SiteService
from evserver.charging.stations import StationService
from evserver.settings.model import FirstStartSettings
from evserver.storage.documents.tenant import PLATFORM_SLUG
from evserver.tenants.service import TenantService

DEMO_SLUG = "demo"
DEMO_STATION = "DEMO-CP1"
DEMO_BADGE = "DEMO-BADGE-1"


def generate_password(length: int = 16) -> str:
    """A random password that satisfies the password policy."""
    alphabet = string.ascii_letters + string.digits
    body = "".join(secrets.choice(alphabet) for _ in range(length - 4))
    return body + secrets.choice(string.ascii_lowercase) + secrets.choice(
        string.ascii_uppercase
    ) + secrets.choice(string.digits) + secrets.choice("!#%+-=?@")


@dataclass
class Login:
    """A login to show to whoever started the server."""

    tenant: str
    email: str
    role: str
    password: str | None  # None: it was shown at the first start, not kept anywhere


@dataclass
class FirstStartReport:
    """What exists after the first-start check, and whether it was just created."""

    created: bool
    logins: list[Login] = field(default_factory=list)
    demo_station: str | None = None


async def ensure_first_start(settings: FirstStartSettings) -> FirstStartReport:
    """Create the platform tenant with its SuperAdmin, and the demo tenant, if missing."""
    tenants, users = TenantService(), UserService()
    platform = await tenants.find_by_slug(PLATFORM_SLUG)
    if platform is not None:
        report = FirstStartReport(created=False)
        admin = await users.find_by_email(platform.id, settings.superadmin_email)
        if admin is not None:
            report.logins.append(Login(PLATFORM_SLUG, admin.email, "SuperAdmin", None))
        if await tenants.find_by_slug(DEMO_SLUG) is not None:
            report.demo_station = DEMO_STATION
        return report

    report = FirstStartReport(created=True)
    platform = await tenants.create(PLATFORM_SLUG, "Platform", registration_policy="reject")
    password = settings.superadmin_password or generate_password()
    admin = await users.create(
        platform, settings.superadmin_email, password, role="SuperAdmin",
        first_name="Super", last_name="Admin",
    )
    shown = None if settings.superadmin_password else password
    report.logins.append(Login(PLATFORM_SLUG, admin.email, "SuperAdmin", shown))
    if settings.demo_data:
        await _create_demo(tenants, users, report)
    return report


async def _create_demo(tenants: TenantService, users: UserService,
                       report: FirstStartReport) -> None:
    demo = await tenants.create(DEMO_SLUG, "Demo charge point operator",
                                registration_policy="pending", timezone="Europe/Paris")
    admin_pw, driver_pw = generate_password(), generate_password()
    admin = await users.create(demo, "admin@demo.evserver.local", admin_pw, role="Admin",
                               first_name="Demo", last_name="Admin")
    driver = await users.create(demo, "driver@demo.evserver.local", driver_pw, role="Basic",
                                first_name="Demo", last_name="Driver")
    await BadgeService().create(demo.id, DEMO_BADGE, user_id=driver.id,
                                description="Demo driver's badge")
    site = await SiteService().create(demo.id, "Demo site", timezone="Europe/Paris",
                                      coordinates=[2.3522, 48.8566])
    await StationService().add(demo.id, DEMO_STATION, site_id=site.id)
    report.logins.append(Login(DEMO_SLUG, admin.email, "Admin", admin_pw))
    report.logins.append(Login(DEMO_SLUG, driver.email, "Basic", driver_pw))
    report.demo_station = DEMO_STATION
