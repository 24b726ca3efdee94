"""The services behind the API that need no HTTP: attempt limits, template files, token URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from evserver.auth.rate_limit import AttemptLimiter
from evserver.charging.registration_tokens import station_urls
from evserver.charging.templates_store import TemplateStore
from evserver.core.errors import AlreadyExists, InvalidInput, NotFound
from evserver.settings.loader import load_settings
from tests.api.conftest import api_env


def test_attempt_limiter_slides() -> None:
    now = [0.0]
    limiter = AttemptLimiter(2, window_s=60, clock=lambda: now[0])
    assert limiter.hit("a") is None
    now[0] = 10
    assert limiter.hit("a") is None
    assert limiter.hit("a") == 50
    assert limiter.hit("b") is None  # keys are independent
    now[0] = 60.5
    assert limiter.hit("a") is None  # the first attempt left the window


def test_template_store_round_trip_and_safety(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path / "templates")
    assert store.list() == []
    store.create("abb", {"chargePointVendor": "ABB"})
    with pytest.raises(AlreadyExists):
        store.create("abb", {})
    (tmp_path / "templates" / "broken.json").write_text("{not json")
    assert store.list() == [("abb", {"chargePointVendor": "ABB"})]
    store.replace("abb", {"chargePointVendor": "ABB2"})
    assert store.get("abb") == {"chargePointVendor": "ABB2"}
    for bad in ("../x", "a/b", ".hidden", ""):
        with pytest.raises(InvalidInput):
            store.get(bad)
    store.delete("abb")
    with pytest.raises(NotFound):
        store.delete("abb")


def test_station_urls_follow_the_configured_listeners(tmp_path: Path) -> None:
    settings = load_settings(env=api_env(
        tmp_path, EVSERVER_REST__PUBLIC_URL="https://csms.example.com:8443/base",
        EVSERVER_CENTRAL_SYSTEMS__0__PORT="9010"))
    urls = station_urls(settings, "acme", "t/k")
    assert urls.ocpp_json == ["ws://csms.example.com:9010/ocpp/acme/t%2Fk/{stationId}"]
    assert urls.ocpp_soap == ["http://csms.example.com:8000/ocpp/acme?token=t%2Fk"]
