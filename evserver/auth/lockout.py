"""Locking an account after repeated wrong passwords, and unlocking it when the time is up.

Pure rules: the caller reads `wrong_password_count` and `locked_until` from the user, asks here,
and stores what comes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from evserver.core.clock import as_utc


class LockStatus(Enum):
    """Where an account stands at a given instant."""

    OPEN = "open"
    """Not locked: check the password."""
    LOCKED = "locked"
    """Locked: refuse the sign-in without checking the password."""
    EXPIRED = "expired"
    """The lock ran out: unlock the account (count back to 0, status Active), then go on."""


@dataclass(frozen=True, slots=True)
class AfterFailure:
    """What to store after a wrong password."""

    wrong_count: int
    locked_until: datetime | None

    @property
    def locked(self) -> bool:
        """Tell whether this failure locks the account (set its status to Locked)."""
        return self.locked_until is not None


@dataclass(frozen=True, slots=True)
class Lockout:
    """The rule: `trials` wrong passwords in a row lock the account for `minutes`."""

    trials: int = 3
    minutes: int = 5

    def __post_init__(self) -> None:
        if self.trials < 1 or self.minutes < 1:
            raise ValueError("lockout trials and minutes must be at least 1")

    def status(self, locked_until: datetime | None, now: datetime) -> LockStatus:
        """Tell whether an account locked until `locked_until` is locked at `now`."""
        if locked_until is None:
            return LockStatus.OPEN
        if as_utc(locked_until) > as_utc(now):
            return LockStatus.LOCKED
        return LockStatus.EXPIRED

    def after_failure(
        self, wrong_count: int, locked_until: datetime | None, now: datetime
    ) -> AfterFailure:
        """Return the new count and lock after a wrong password at `now`.

        A failure while locked changes nothing (the lock is not extended: the owner gets the
        account back on time); a failure after an expired lock counts from zero again.
        """
        status = self.status(locked_until, now)
        if status is LockStatus.LOCKED:
            return AfterFailure(wrong_count, locked_until)
        count = (0 if status is LockStatus.EXPIRED else wrong_count) + 1
        if count >= self.trials:
            return AfterFailure(count, as_utc(now) + timedelta(minutes=self.minutes))
        return AfterFailure(count, None)

    def remaining(self, locked_until: datetime | None, now: datetime) -> timedelta:
        """Return how long the account stays locked (zero when it is not)."""
        if locked_until is None:
            return timedelta(0)
        return max(as_utc(locked_until) - as_utc(now), timedelta(0))
