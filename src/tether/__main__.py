"""``python -m tether``: the same as the ``tether`` console script."""

from tether.cli.main import main

main()
