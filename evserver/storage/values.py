"""What a MongoDB document can hold, for values that arrive free-form (station messages)."""

from __future__ import annotations

from typing import Any, Final

# BSON integers are 64-bit; JSON's are unbounded.
INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1


def storable(value: Any) -> Any:
    """`value` as a document can hold it: integers beyond 64 bits as their decimal digits, and
    field names without NUL (impossible in BSON), a leading `$` or a `.` (operators and paths
    to MongoDB), those replaced as MongoDB's documentation suggests (full-width look-alikes)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if INT64_MIN <= value <= INT64_MAX else str(value)
    if isinstance(value, dict):
        return {_field_name(str(key)): storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [storable(item) for item in value]
    return value


def is_field_name(key: str) -> bool:
    """Whether `key` can be a field name as it is: no NUL (impossible in BSON), no leading `$`
    (an operator) and no `.` (a path separator)."""
    return not ("\x00" in key or "." in key or key.startswith("$"))


def _field_name(key: str) -> str:
    if not is_field_name(key):
        key = key.replace("\x00", "\ufffd").replace(".", "\uff0e")
        if key.startswith("$"):
            key = "\uff04" + key[1:]
    return key
