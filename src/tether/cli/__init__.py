"""The command-line front end: a thin Click layer over ``tether.client``.

Nothing imports this package. Commands are loaded lazily (see ``main.COMMANDS``) so that
``tether read`` and ``tether run`` never pay for the scanner, rich or the server.
"""
