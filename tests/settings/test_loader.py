from pathlib import Path

import pytest

from evserver.settings import ConfigError, Settings, load_settings
from evserver.settings.secrets import masked, resolve_jwt_secret

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_file_equals_the_built_in_defaults() -> None:
    assert load_settings(ROOT / "config/evserver.toml", env={}) == Settings()


def test_defaults() -> None:
    s = Settings()
    assert [(c.implementation, c.protocol, c.port) for c in s.central_systems] == [
        ("json", "ws", 8010), ("soap", "http", 8000)]
    assert s.rest.port == 8080
    assert (s.rest.user_token_hours, s.rest.demo_token_days, s.rest.technical_token_days) == (
        12, 360, 180)
    assert (s.rest.wrong_password_trials, s.rest.lockout_minutes) == (3, 5)
    assert s.storage.url == "embedded" and s.storage.embedded_data_dir == "var/db"
    assert s.locales.default == "en_US"
    assert set(s.locales.supported) == {"en_US", "fr_FR", "es_ES", "de_DE", "pt_PT", "it_IT"}
    assert s.charging_station.command_timeout_s == 30
    assert s.logging.json is False


def test_environment_overrides_file(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[rest]\nport = 9000\n[logging]\nlevel = 'DEBUG'\n")
    s = load_settings(cfg, env={
        "EVSERVER_REST__PORT": "9191",
        "EVSERVER_LOGGING__JSON": "true",
        "EVSERVER_STORAGE__URL": "mongodb://db:27017/?replicaSet=rs0",
        "EVSERVER_CENTRAL_SYSTEMS__1__PORT": "8100",
        "EVSERVER_REST__CORS_ORIGINS": '["https://a.example", "https://b.example"]',
        "UNRELATED": "x",
    })
    assert s.rest.port == 9191
    assert s.logging.level == "DEBUG" and s.logging.json is True
    assert s.storage.url.startswith("mongodb://db")
    assert s.central_systems[1].port == 8100 and s.central_systems[0].port == 8010
    assert s.rest.cors_origins == ["https://a.example", "https://b.example"]


def test_config_path_from_environment(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[rest]\nport = 9001\n")
    assert load_settings(env={"EVSERVER_CONFIG": str(cfg)}).rest.port == 9001


@pytest.mark.parametrize(("env", "message"), [
    ({"EVSERVER_REST__PORT": "abc"}, "rest.port: Expected `int`, got `str`"),
    ({"EVSERVER_REST__PORT": "70000"}, "rest.port: Expected `int` <= 65535"),
    ({"EVSERVER_REST__PORT": "0"}, "rest.port: Expected `int` >= 1"),
    ({"EVSERVER_REST__BOGUS": "1"}, "rest.bogus: unknown key"),
    ({"EVSERVER_NOPE__X": "1"}, "nope: unknown key"),
    ({"EVSERVER_STORAGE__URL": "mysql://x"}, "storage.url: must be `embedded` or a"),
    ({"EVSERVER_LOGGING__JSON": "perhaps"}, "logging.json: Expected `bool`, got `str`"),
    ({"EVSERVER_LOGGING__LEVEL": "LOUD"}, "logging.level: Invalid enum value 'LOUD'"),
    ({"EVSERVER_LOCALES__DEFAULT": "xx_XX"}, "locales.default: Invalid enum value 'xx_XX'"),
    ({"EVSERVER_LOCALES__SUPPORTED": '["en_US"]', "EVSERVER_LOCALES__DEFAULT": "fr_FR"},
     "locales.default: `fr_FR` is not in `supported`"),
    ({"EVSERVER_CENTRAL_SYSTEMS__0__PROTOCOL": "http"},
     "central_systems.0.protocol: `http` does not fit implementation `json`"),
    ({"EVSERVER_CENTRAL_SYSTEMS__0__PROTOCOL": "wss"},
     "central_systems.0.tls_cert: protocol `wss` needs tls_cert and tls_key"),
    ({"EVSERVER_CENTRAL_SYSTEMS__0__TLS_CLIENT_CA": "/etc/ca.pem"},
     "central_systems.0.tls_client_ca: client certificates need protocol `wss`"),
    ({"EVSERVER_CENTRAL_SYSTEMS__1__PORT": "8010"}, "central_systems: port 8010 is used twice"),
    ({"EVSERVER_CHARGING_STATION__COMMAND_TIMEOUT_S": "-1"},
     "charging_station.command_timeout_s: Expected `int` >= 1"),
    ({"EVSERVER_REST__CORS_ORIGINS": "[not json"}, "invalid JSON list"),
])
def test_bad_values_name_the_key(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env=env | {"EVSERVER_CONFIG": str(ROOT / "config/evserver.toml")})
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[rest\nport=1")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_settings(bad, env={})
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "missing.toml", env={})


def test_jwt_secret_generated_once_and_kept(tmp_path: Path) -> None:
    s = load_settings(env={"EVSERVER_REST__JWT_SECRET_FILE": str(tmp_path / "var/jwt")})
    first = resolve_jwt_secret(s)
    assert len(first) >= 32
    assert resolve_jwt_secret(s) == first
    assert (tmp_path / "var/jwt").stat().st_mode & 0o777 == 0o600
    configured = load_settings(env={"EVSERVER_REST__JWT_SECRET": "from-env-secret"})
    assert resolve_jwt_secret(configured) == "from-env-secret"


def test_masked_hides_secrets() -> None:
    s = load_settings(env={
        "EVSERVER_REST__JWT_SECRET": "topsecret",
        "EVSERVER_EMAIL__PASSWORD": "mailpw",
        "EVSERVER_STORAGE__URL": "mongodb://app:dbpw@db:27017/x",
        "EVSERVER_FIRST_START__SUPERADMIN_PASSWORD": "Adm1n!pass",
    })
    text = str(masked(s))
    for secret in ("topsecret", "mailpw", "dbpw", "Adm1n!pass"):
        assert secret not in text
    shown = masked(s)
    assert shown["storage"]["url"] == "mongodb://app:***@db:27017/x"
    assert shown["rest"]["jwt_secret"] == "***"
    assert shown["rest"]["jwt_secret_file"] == "var/jwt-secret"
