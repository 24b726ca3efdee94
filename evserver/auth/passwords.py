"""Password hashing (argon2id) and the password policy."""

from __future__ import annotations

import asyncio
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8

# argon2-cffi's defaults follow RFC 9106's low-memory profile; the parameters are stored in each
# hash, so raising them later only triggers a rehash at the next sign-in.
_HASHER = PasswordHasher()
# Station passwords are checked on every first connection to a process, so after a restart
# thousands at once: OWASP's minimum argon2id profile (19 MiB, 2 passes) costs a fifth of
# the users' profile and still makes guessing slow.
_STATION_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def hash_password(password: str) -> str:
    """Return the argon2id hash of `password`, salted, in PHC string format."""
    return _HASHER.hash(password)


async def hash_password_in_thread(password: str, *, station: bool = False) -> str:
    """`hash_password` (or, for a station, the lighter station profile) off the event loop:
    a hash costs tens of milliseconds of CPU, which the loop's other clients must not wait for."""
    hasher = _STATION_HASHER if station else _HASHER
    return await asyncio.to_thread(hasher.hash, password)


async def verify_password_in_thread(password: str, password_hash: str | None) -> bool:
    """`verify_password` off the event loop (argon2 releases the GIL while it works)."""
    return await asyncio.to_thread(verify_password, password, password_hash)


def verify_password(password: str, password_hash: str | None) -> bool:
    """Tell whether `password` matches `password_hash`.

    With no hash (unknown user, or an account without password) a dummy hash is still checked,
    so the answer takes the same time and does not reveal whether the account exists.
    """
    if not password_hash:
        _matches(_dummy_hash(), password)
        return False
    return _matches(password_hash, password)


def needs_rehash(password_hash: str) -> bool:
    """Tell whether `password_hash` was made with other parameters than today's and should be
    replaced (after a successful sign-in, while the clear password is at hand)."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def check_password_policy(password: str) -> list[str]:
    """List what `password` lacks, as phrases that follow the word "password"; empty if fine.

    The policy: at least 8 characters, with a lower-case letter, an upper-case letter, a digit
    and a symbol (any character that is neither a letter, a digit nor a space).
    """
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(
            f"must be at least {MIN_LENGTH} characters long (it has {len(password)})"
        )
    if not any(c.islower() for c in password):
        problems.append("needs a lower-case letter")
    if not any(c.isupper() for c in password):
        problems.append("needs an upper-case letter")
    if not any(c.isdigit() for c in password):
        problems.append("needs a digit")
    if not any(_is_symbol(c) for c in password):
        problems.append("needs a symbol, such as ! ? # % or -")
    return problems


def _matches(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _is_symbol(char: str) -> bool:
    return not (char.isalnum() or char.isspace())


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _HASHER.hash("not a password of anyone")
