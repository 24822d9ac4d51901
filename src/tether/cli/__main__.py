"""``python -m tether.cli``: the same as the ``tether`` console script."""

from tether.cli.main import main

main()
