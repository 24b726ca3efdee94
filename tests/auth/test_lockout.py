"""Lockout after wrong passwords, along a timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from evserver.auth.lockout import AfterFailure, Lockout, LockStatus

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_the_default_rule_is_three_trials_and_five_minutes() -> None:
    assert Lockout() == Lockout(trials=3, minutes=5)


def test_the_lockout_timeline() -> None:
    rule = Lockout()
    count, until = 0, None
    assert rule.status(until, at(0)) is LockStatus.OPEN

    # Two wrong passwords: counted, not locked.
    first = rule.after_failure(count, until, at(0))
    assert first == AfterFailure(1, None) and not first.locked
    second = rule.after_failure(first.wrong_count, first.locked_until, at(1))
    assert second == AfterFailure(2, None)

    # The third locks the account for five minutes from that attempt.
    third = rule.after_failure(second.wrong_count, second.locked_until, at(2))
    assert third.locked
    assert third == AfterFailure(3, at(7))
    count, until = third.wrong_count, third.locked_until
    assert rule.status(until, at(2)) is LockStatus.LOCKED
    assert rule.remaining(until, at(4)) == timedelta(minutes=3)

    # Attempts while locked change nothing: the lock is not extended.
    assert rule.after_failure(count, until, at(6)) == AfterFailure(3, at(7))
    assert rule.status(until, at(6.99)) is LockStatus.LOCKED

    # At the end of the lock the account is due to be unlocked.
    assert rule.status(until, at(7)) is LockStatus.EXPIRED
    assert rule.remaining(until, at(7)) == timedelta(0)
    assert rule.remaining(until, at(60)) == timedelta(0)

    # A wrong password after the lock counts from zero again.
    assert rule.after_failure(count, until, at(8)) == AfterFailure(1, None)


def test_counting_goes_on_from_the_stored_count() -> None:
    # A successful sign-in stores a count of 0, so failures before it no longer count.
    rule = Lockout()
    assert rule.after_failure(2, None, at(0)).locked
    assert rule.after_failure(0, None, at(0)) == AfterFailure(1, None)


def test_one_trial_locks_at_the_first_wrong_password() -> None:
    assert Lockout(trials=1, minutes=10).after_failure(0, None, at(0)) == AfterFailure(1, at(10))


def test_a_count_above_the_trials_still_locks() -> None:
    # Settings lowered while a user had more failures than the new limit.
    assert Lockout(trials=3).after_failure(7, None, at(0)) == AfterFailure(8, at(5))


def test_naive_datetimes_from_the_database_are_utc() -> None:
    naive_until = at(7).replace(tzinfo=None)
    assert Lockout().status(naive_until, at(6)) is LockStatus.LOCKED
    assert Lockout().status(naive_until, at(7)) is LockStatus.EXPIRED


def test_no_lock_means_nothing_remains() -> None:
    assert Lockout().remaining(None, at(0)) == timedelta(0)


@pytest.mark.parametrize(("trials", "minutes"), [(0, 5), (3, 0), (-1, -1)])
def test_a_rule_needs_at_least_one_trial_and_one_minute(trials: int, minutes: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Lockout(trials=trials, minutes=minutes)
