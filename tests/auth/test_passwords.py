"""Argon2 hashing and the password policy."""

from __future__ import annotations

import threading

import pytest
from argon2 import PasswordHasher

from evserver.auth import passwords
from evserver.auth.passwords import (
    check_password_policy,
    hash_password,
    needs_rehash,
    verify_password,
)

GOOD = "Correct-Horse-9"


@pytest.fixture(scope="module")
def good_hash() -> str:
    return hash_password(GOOD)


def test_a_hash_is_argon2id_and_salted(good_hash: str) -> None:
    assert good_hash.startswith("$argon2id$")
    assert GOOD not in good_hash
    assert hash_password(GOOD) != good_hash


def test_the_right_password_matches(good_hash: str) -> None:
    assert verify_password(GOOD, good_hash)


@pytest.mark.parametrize("attempt", ["correct-horse-9", "Correct-Horse-9 ", "", "x" * 200])
def test_a_wrong_password_does_not_match(good_hash: str, attempt: str) -> None:
    assert not verify_password(attempt, good_hash)


@pytest.mark.parametrize("stored", [None, "", "not a hash", "$2b$12$legacy.bcrypt.hash.value"])
def test_a_missing_or_foreign_hash_never_matches(stored: str | None) -> None:
    assert not verify_password(GOOD, stored)


def test_a_fresh_hash_needs_no_rehash(good_hash: str) -> None:
    assert not needs_rehash(good_hash)


def test_a_hash_with_weaker_parameters_needs_a_rehash() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(GOOD)
    assert verify_password(GOOD, weak)
    assert needs_rehash(weak)


def test_an_unreadable_hash_needs_a_rehash() -> None:
    assert needs_rehash("not a hash")


@pytest.mark.parametrize("password", [GOOD, "aB3$efgh", "Pässwört-1", "Aa1!" * 40, "ab CD 12 !?"])
def test_a_password_that_follows_the_policy(password: str) -> None:
    assert check_password_policy(password) == []


@pytest.mark.parametrize(
    ("password", "missing"),
    [
        ("aB3$efg", ["must be at least 8 characters long (it has 7)"]),
        ("AB3$EFGH", ["needs a lower-case letter"]),
        ("ab3$efgh", ["needs an upper-case letter"]),
        ("aB$defgh", ["needs a digit"]),
        ("aB3defgh", ["needs a symbol, such as ! ? # % or -"]),
        # A space is allowed but does not count as a symbol.
        ("aB3 defgh", ["needs a symbol, such as ! ? # % or -"]),
        ("password", ["needs an upper-case letter", "needs a digit",
                      "needs a symbol, such as ! ? # % or -"]),
    ],
)
def test_the_policy_says_what_is_missing(password: str, missing: list[str]) -> None:
    assert check_password_policy(password) == missing


def test_an_empty_password_misses_everything() -> None:
    assert check_password_policy("") == [
        "must be at least 8 characters long (it has 0)",
        "needs a lower-case letter",
        "needs an upper-case letter",
        "needs a digit",
        "needs a symbol, such as ! ? # % or -",
    ]


@pytest.mark.asyncio(loop_scope="session")
async def test_hashing_and_checking_run_off_the_event_loop(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Tens of milliseconds of CPU each: on the loop, every other client would wait for them.
    threads: list[bool] = []
    real_verify = passwords.verify_password

    def recording(password: str, password_hash: str | None) -> bool:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_verify(password, password_hash)

    monkeypatch.setattr(passwords, "verify_password", recording)
    station_hash = await passwords.hash_password_in_thread(GOOD, station=True)
    assert await passwords.verify_password_in_thread(GOOD, station_hash)
    assert not await passwords.verify_password_in_thread("wrong", station_hash)
    assert threads == [False, False]
    # Stations get OWASP's minimum argon2id profile; users keep the stronger default.
    assert station_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    user_hash = await passwords.hash_password_in_thread(GOOD)
    assert not user_hash.startswith("$argon2id$v=19$m=19456,")
    assert verify_password(GOOD, user_hash)
