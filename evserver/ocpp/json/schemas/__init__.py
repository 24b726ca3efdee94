"""Payload types generated from the official OCPP JSON schemas, one module per version.

``v16``, ``v201`` and ``v21`` are written by ``python -m evserver.ocpp.json.schemas.generate``;
do not edit them by hand. This module holds what every generated module shares.
"""

from datetime import datetime
from typing import Annotated, TypeAlias

import msgspec

# The schemas' integers are unbounded; a stored one must fit in 64 bits.
from evserver.storage.values import INT64_MAX, INT64_MIN

__all__ = ["INT64_MAX", "INT64_MIN", "AwareDatetime", "Payload"]


# The schemas' "date-time" format is RFC 3339, which requires an offset; the domain is
# timezone-aware throughout, so a naive timestamp is a type violation, not a guess.
AwareDatetime: TypeAlias = Annotated[datetime, msgspec.Meta(tz=True)]


class Payload(
    msgspec.Struct,
    kw_only=True,
    omit_defaults=True,
    forbid_unknown_fields=True,
    frozen=True,
):
    """Base of every generated payload type: strict on the wire, immutable in memory.

    Optional fields default to ``None`` and are left out when encoding, so a decoded payload
    encodes back to the fields it arrived with.
    """
