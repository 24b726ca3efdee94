"""Access tokens: claims, lifetimes, fingerprints and every way a token is refused."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from jwt.warnings import InsecureKeyLengthWarning

from evserver.auth.tokens import (
    TokenClaims,
    TokenExpired,
    TokenInvalid,
    TokenLifetimes,
    TokenSigner,
    user_fingerprint,
)

SECRET = "s" * 32 + "-test-secret"
NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
FINGERPRINT = user_fingerprint("Admin", "Active", ["pricing", "billing"])


@pytest.fixture
def signer() -> TokenSigner:
    return TokenSigner(SECRET)


def issue(signer: TokenSigner, role: str = "Admin", **kwargs: Any) -> tuple[str, TokenClaims]:
    return signer.issue(
        user_id="u-1",
        tenant_id="t-1",
        tenant_slug="acme",
        role=role,
        fingerprint=FINGERPRINT,
        now=kwargs.pop("now", NOW),
        **kwargs,
    )


def raw_claims(**overrides: Any) -> dict[str, Any]:
    claims: dict[str, Any] = {
        "sub": "u-1", "tid": "t-1", "ten": "acme", "role": "Admin", "jti": "j-1",
        "iat": int(NOW.timestamp()), "exp": int((NOW + timedelta(hours=1)).timestamp()),
        "fingerprint": FINGERPRINT,
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def test_a_token_round_trips(signer: TokenSigner) -> None:
    token, claims = issue(signer)
    assert signer.decode(token, now=NOW) == claims
    assert claims == TokenClaims(
        user_id="u-1", tenant_id="t-1", tenant_slug="acme", role="Admin", jti=claims.jti,
        issued_at=NOW, expires_at=NOW + timedelta(hours=12), fingerprint=FINGERPRINT,
    )


def test_the_token_carries_the_agreed_claims_signed_with_hs256(signer: TokenSigner) -> None:
    token, claims = issue(signer)
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    payload = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
    assert payload == {
        "sub": "u-1", "tid": "t-1", "ten": "acme", "role": "Admin", "jti": claims.jti,
        "iat": int(NOW.timestamp()), "exp": int((NOW + timedelta(hours=12)).timestamp()),
        "fingerprint": FINGERPRINT,
    }


def test_every_token_has_its_own_jti(signer: TokenSigner) -> None:
    jtis = {issue(signer)[1].jti for _ in range(20)}
    assert len(jtis) == 20


@pytest.mark.parametrize(
    ("role", "technical", "lifetime"),
    [
        ("Admin", False, timedelta(hours=12)),
        ("Basic", False, timedelta(hours=12)),
        ("SuperAdmin", False, timedelta(hours=12)),
        ("Demo", False, timedelta(days=360)),
        ("Basic", True, timedelta(days=180)),
        ("Admin", True, timedelta(days=180)),
        ("Demo", True, timedelta(days=180)),
    ],
)
def test_lifetime_by_kind_of_user(
    signer: TokenSigner, role: str, technical: bool, lifetime: timedelta
) -> None:
    _, claims = issue(signer, role, technical=technical)
    assert claims.expires_at - claims.issued_at == lifetime


def test_lifetimes_come_from_the_configuration() -> None:
    signer = TokenSigner(SECRET, TokenLifetimes(user=timedelta(hours=1)))
    _, claims = issue(signer)
    assert claims.expires_at == NOW + timedelta(hours=1)


def test_a_token_is_good_until_its_last_second(signer: TokenSigner) -> None:
    token, claims = issue(signer)
    assert signer.decode(token, now=claims.expires_at - timedelta(seconds=1)) == claims
    with pytest.raises(TokenExpired):
        signer.decode(token, now=claims.expires_at)
    with pytest.raises(TokenExpired):
        signer.decode(token, now=NOW + timedelta(days=30))


def test_decoding_uses_the_real_clock_by_default(signer: TokenSigner) -> None:
    fresh, _ = signer.issue(user_id="u", tenant_id="t", tenant_slug="s", role="Basic",
                            fingerprint="f")
    assert signer.decode(fresh).user_id == "u"
    old, _ = issue(signer)
    with pytest.raises(TokenExpired):
        signer.decode(old)


def test_a_token_from_the_future_is_refused(signer: TokenSigner) -> None:
    token, _ = issue(signer, now=NOW + timedelta(minutes=5))
    with pytest.raises(TokenInvalid, match="future"):
        signer.decode(token, now=NOW)
    # Small clock differences between nodes are tolerated.
    token, _ = issue(signer, now=NOW + timedelta(seconds=30))
    assert signer.decode(token, now=NOW).user_id == "u-1"


def test_another_secret_is_refused(signer: TokenSigner) -> None:
    token, _ = issue(TokenSigner("x" * 40))
    with pytest.raises(TokenInvalid):
        signer.decode(token, now=NOW)


def test_a_tampered_token_is_refused(signer: TokenSigner) -> None:
    token, _ = issue(signer)
    forged = jwt.encode(raw_claims(role="SuperAdmin"), "y" * 40, algorithm="HS256")
    header, _, signature = token.split(".")
    _, payload, _ = forged.split(".")
    with pytest.raises(TokenInvalid):
        signer.decode(f"{header}.{payload}.{signature}", now=NOW)


@pytest.mark.parametrize("algorithm", ["HS384", "HS512", "none"])
def test_only_hs256_is_accepted(signer: TokenSigner, algorithm: str) -> None:
    key = SECRET if algorithm != "none" else None
    with warnings.catch_warnings():
        # Signing with our secret under a longer hash is the point here, short key or not.
        warnings.simplefilter("ignore", InsecureKeyLengthWarning)
        token = jwt.encode(raw_claims(), key, algorithm=algorithm)
    with pytest.raises(TokenInvalid):
        signer.decode(token, now=NOW)


@pytest.mark.parametrize("claim", ["sub", "tid", "ten", "role", "jti", "iat", "exp", "fingerprint"])
def test_a_missing_claim_is_refused(signer: TokenSigner, claim: str) -> None:
    token = jwt.encode(raw_claims(**{claim: None}), SECRET, algorithm="HS256")
    with pytest.raises(TokenInvalid):
        signer.decode(token, now=NOW)


@pytest.mark.parametrize(
    "overrides",
    [
        {"role": "Root"},
        {"sub": ""},
        {"tid": 42},
        {"fingerprint": ["a"]},
        {"iat": "yesterday"},
        {"exp": True},
        {"exp": 10**18},
    ],
)
def test_a_malformed_claim_is_refused(signer: TokenSigner, overrides: dict[str, Any]) -> None:
    token = jwt.encode(raw_claims(**overrides), SECRET, algorithm="HS256")
    with pytest.raises(TokenInvalid):
        signer.decode(token, now=NOW)


@pytest.mark.parametrize("garbage", ["abc", "a.b.c", "Bearer x.y.z", "e30.e30.e30"])
def test_garbage_is_refused_without_echoing_it(signer: TokenSigner, garbage: str) -> None:
    with pytest.raises(TokenInvalid) as raised:
        signer.decode(garbage, now=NOW)
    assert garbage not in str(raised.value)


def test_an_empty_token_is_refused(signer: TokenSigner) -> None:
    with pytest.raises(TokenInvalid):
        signer.decode("", now=NOW)


def test_the_secret_must_be_long_enough() -> None:
    with pytest.raises(ValueError, match="at least 32 bytes"):
        TokenSigner("short")


def test_the_secret_is_never_shown() -> None:
    assert SECRET not in repr(TokenSigner(SECRET))


def test_the_fingerprint_follows_role_status_and_components() -> None:
    base = user_fingerprint("Basic", "Active", ["pricing", "billing"])
    assert base == user_fingerprint("Basic", "Active", ["billing", "pricing", "billing"])
    assert base != user_fingerprint("Admin", "Active", ["pricing", "billing"])
    assert base != user_fingerprint("Basic", "Blocked", ["pricing", "billing"])
    assert base != user_fingerprint("Basic", "Active", ["pricing"])
    assert base != user_fingerprint("Basic", "Active", ["pricing", "billing", "ocpi"])
    assert len(base) == 32


def test_field_boundaries_are_kept_in_the_fingerprint() -> None:
    assert user_fingerprint("Basic", "Active", []) != user_fingerprint("BasicActive", "", [])
