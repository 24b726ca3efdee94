"""Allow `python -m evserver`."""

from evserver.cli import main

raise SystemExit(main())
