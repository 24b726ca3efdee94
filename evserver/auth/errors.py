"""Why a sign-in or an access token is refused; the REST adapter maps each to a problem detail."""

from __future__ import annotations

from datetime import datetime

from evserver.core.errors import DomainError, Forbidden


class Unauthenticated(DomainError):
    """No valid credentials: wrong e-mail or password, or a missing, expired, revoked or stale
    token. The message never says which of e-mail or password was wrong."""

    code = "unauthenticated"


class AccountLocked(DomainError):
    """Too many wrong passwords: the account refuses sign-ins until `locked_until`."""

    code = "account_locked"

    def __init__(self, locked_until: datetime) -> None:
        super().__init__(f"account locked after too many wrong passwords, until "
                         f"{locked_until.isoformat()}")
        self.locked_until = locked_until


class AccountNotActive(Forbidden):
    """The password is right but the account's status forbids signing in."""

    code = "account_not_active"


class AccountPending(AccountNotActive):
    """The e-mail address of the account has not been verified yet."""

    code = "account_pending"


class AccountInactive(AccountNotActive):
    """An administrator has not activated the account (or deactivated it)."""

    code = "account_inactive"


class AccountBlocked(AccountNotActive):
    """An administrator blocked the account."""

    code = "account_blocked"


class TooManyAttempts(DomainError):
    """Sign-in attempts from this address or for this account come too fast."""

    code = "too_many_attempts"

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"too many sign-in attempts, retry in {retry_after_s} s")
        self.retry_after_s = retry_after_s
