"""The command line against a real database."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.support import server_env


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "evserver", *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture(scope="module")
def cli_env(mongo_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("cli")
    return server_env(tmp, EVSERVER_STORAGE__URL=mongo_url,
                      EVSERVER_STORAGE__DATABASE=f"cli_{uuid.uuid4().hex[:8]}")


def test_check_config_masks_secrets(tmp_path: Path) -> None:
    env = server_env(tmp_path, EVSERVER_REST__JWT_SECRET="very-secret-value",
                     EVSERVER_EMAIL__PASSWORD="smtp-pass")
    result = run(env, "check-config")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["rest"]["jwt_secret"] == "***"
    assert shown["email"]["password"] == "***"
    assert "very-secret-value" not in result.stdout + result.stderr
    assert shown["rest"]["port"] == int(env["EVSERVER_REST__PORT"])


def test_check_config_bad_value(tmp_path: Path) -> None:
    result = run(server_env(tmp_path, EVSERVER_LOGGING__LEVEL="LOUD"), "check-config")
    assert result.returncode == 2
    assert result.stderr.strip() == "config error: logging.level: Invalid enum value 'LOUD'"


def test_tenant_user_badge_station(cli_env: dict[str, str]) -> None:
    r = run(cli_env, "tenant", "create", "--slug", "acme", "--name", "Acme Charging",
            "--currency", "CHF", "--locale", "de_DE")
    assert r.returncode == 0, r.stderr
    assert "tenant acme created" in r.stdout
    r = run(cli_env, "tenant", "create", "--slug", "acme", "--name", "Again")
    assert r.returncode == 1 and "slug: tenant `acme` already exists" in r.stderr
    r = run(cli_env, "tenant", "create", "--slug", "Bad Slug", "--name", "x")
    assert r.returncode == 1 and "slug:" in r.stderr
    r = run(cli_env, "tenant", "create", "--slug", "other", "--name", "x", "--currency", "XYZ")
    assert r.returncode == 1 and "currency: unknown currency `XYZ`" in r.stderr

    r = run(cli_env, "tenant", "list")
    assert r.returncode == 0
    assert "acme\tAcme Charging\tCHF\tde_DE" in r.stdout

    r = run(cli_env, "user", "create", "--tenant", "acme", "--email", "Ops@Acme.example",
            "--password", "Str0ng!pass", "--role", "Admin")
    assert r.returncode == 0, r.stderr
    assert "user ops@acme.example (Admin) created in acme" in r.stdout
    r = run(cli_env, "user", "create", "--tenant", "acme", "--email", "weak@acme.example",
            "--password", "weak", "--role", "Basic")
    assert r.returncode == 1 and "password:" in r.stderr
    r = run(cli_env, "user", "create", "--tenant", "acme", "--email", "root@acme.example",
            "--password", "Str0ng!pass", "--role", "SuperAdmin")
    assert r.returncode == 1 and "role: SuperAdmins live in the platform tenant only" in r.stderr
    r = run(cli_env, "user", "create", "--tenant", "nowhere", "--email", "a@b.example",
            "--password", "Str0ng!pass")
    assert r.returncode == 1 and "tenant: no tenant `nowhere`" in r.stderr

    r = run(cli_env, "badge", "create", "--tenant", "acme", "--uid", "TAG-1",
            "--user", "ops@acme.example")
    assert r.returncode == 0, r.stderr
    r = run(cli_env, "badge", "create", "--tenant", "acme", "--uid", "TAG-1")
    assert r.returncode == 1 and "uid: badge `TAG-1` exists" in r.stderr
    r = run(cli_env, "badge", "create", "--tenant", "acme", "--uid", "TAG-2",
            "--user", "ghost@acme.example")
    assert r.returncode == 1 and "user: no user `ghost@acme.example`" in r.stderr

    r = run(cli_env, "station", "add", "--tenant", "acme", "--id", "CP-001",
            "--password", "station-secret-1")
    assert r.returncode == 0, r.stderr
    r = run(cli_env, "station", "add", "--tenant", "acme", "--id", "CP-001")
    assert r.returncode == 1 and "id: station `CP-001` exists" in r.stderr
    r = run(cli_env, "station", "add", "--tenant", "acme", "--id", "bad/id")
    assert r.returncode == 1 and "id: station id must be" in r.stderr
