"""`python -m rkt_xl.cli`: the same as the `rkt` script."""

import sys

from rkt_xl.cli import main

if __name__ == "__main__":   # not when a helper process imports it
    sys.exit(main())
