"""``python -m callbox.cli``."""

import sys

from . import main

sys.exit(main())
