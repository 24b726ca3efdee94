"""Money as integer minor units with an ISO 4217 currency (no floats, no Decimal128 in storage)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

import msgspec
from babel.numbers import format_currency, get_currency_precision


class Money(msgspec.Struct, frozen=True):
    """An amount in the currency's minor unit (cents for EUR, yen for JPY)."""

    amount_minor: int
    currency: str

    @classmethod
    def from_decimal(cls, amount: Decimal, currency: str) -> Money:
        """Round `amount` (major units) half-even to the currency's minor unit."""
        digits = minor_digits(currency)
        minor = (amount * (Decimal(10) ** digits)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
        return cls(int(minor), currency.upper())

    def to_decimal(self) -> Decimal:
        """Return the amount in major units."""
        return Decimal(self.amount_minor) / (Decimal(10) ** minor_digits(self.currency))

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount_minor + other.amount_minor, self.currency)

    def format(self, locale: str = "en_US") -> str:
        """Format for a reader of `locale`, e.g. `€12.34` or `12,34 €`."""
        return format_currency(self.to_decimal(), self.currency, locale=locale)


def minor_digits(currency: str) -> int:
    """Number of minor-unit digits of an ISO 4217 currency."""
    return int(get_currency_precision(currency.upper()))
