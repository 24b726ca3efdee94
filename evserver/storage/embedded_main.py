"""Entry point of the embedded database child process (`nx-27017`), with one fidelity fix.

nx-27017 0.8 hands a top-level datetime in `$set` (and other update operators) to SQLite as a
plain parameter, which stores it as a naive string; inserts store it as a BSON-style date.
Mixed representations then compare wrongly in some queries. Converting update values the way
inserts are encoded makes the embedded server behave like MongoDB for our documents. This fix
lives only here: production runs a real MongoDB, and our code never depends on it.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any


def _patch_update_values() -> None:
    from neosqlite.collection.query_helper import _sql_updates

    original = _sql_updates._convert_bytes_to_binary

    def convert(value: Any) -> Any:
        if isinstance(value, datetime):
            return {"$date": value.isoformat()}
        return original(value)

    _sql_updates._convert_bytes_to_binary = convert


def main() -> int:
    """Run the server with the arguments given on the command line."""
    _patch_update_values()
    from nx_27017.nx_27017 import main as nx_main

    result: Any = nx_main()
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
