"""Shared fixtures: one database server per test session, a fresh database per test module."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from hypothesis.configuration import set_hypothesis_home_dir

from evserver.app import Container
from evserver.settings import Settings, load_settings
from evserver.storage.client import MongoClientT, connect, init_storage
from evserver.storage.embedded import EmbeddedMongo
from evserver.storage.lifecycle import Storage

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Hypothesis caches what it learns in `./.hypothesis`, some of it while the test modules are
# collected; kept out of the working tree, where it would only be litter.
set_hypothesis_home_dir(str(Path(tempfile.gettempdir()) / "evserver-hypothesis"))


@pytest.fixture(scope="session")
def mongo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real MongoDB when EVSERVER_STORAGE__URL names one, else the embedded server."""
    url = os.environ.get("EVSERVER_STORAGE__URL", "embedded")
    if url != "embedded":
        yield url
        return
    server = EmbeddedMongo(tmp_path_factory.mktemp("embedded-db"), memory=True)
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


def _database_name(request: pytest.FixtureRequest) -> str:
    module = re.sub(r"[^A-Za-z0-9]", "_", request.module.__name__)[-40:]
    return f"t_{module}_{uuid.uuid4().hex[:6]}"


@pytest.fixture(scope="module")
def db_name(request: pytest.FixtureRequest) -> str:
    """The name of the test module's database."""
    return _database_name(request)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def db(mongo_url: str, db_name: str) -> AsyncIterator[MongoClientT]:
    """An initialised, empty database for the whole test module, dropped afterwards."""
    client = await connect(mongo_url, timeout_s=10)
    name = db_name
    await init_storage(client, name)
    try:
        yield client
    finally:
        await client.drop_database(name)
        await client.close()


def make_settings(**env: str) -> Settings:
    """Settings for in-process tests: repository config, policy and templates, plus `env`."""
    return load_settings(ROOT / "config/evserver.toml", env={
        "EVSERVER_AUTHORIZATION__POLICY_DIR": str(ROOT / "config/casbin"),
        "EVSERVER_CHARGING_STATION__TEMPLATES_DIR": str(ROOT / "config/station-templates"),
        **env,
    })


@pytest.fixture(scope="module")
def container(db: MongoClientT, db_name: str) -> Container:
    """The services of a server process, over the module's database."""
    return Container(settings=make_settings(), jwt_secret="test-secret-" + "x" * 40,
                     storage=Storage(client=db, database=db_name, embedded=None))


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key (for wss and https listeners)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)], capture_output=True, check=True)
    return cert, key
