"""`python -m rkt_xl.cli`: the same as the `rkt` script."""

import sys

from rkt_xl.cli import main

sys.exit(main())
