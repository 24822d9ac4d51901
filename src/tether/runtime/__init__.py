"""Runtime retrieval: references resolved into a child's environment; run, inject, mount, import.

Modules are imported one by one (``from tether.runtime.run import …``) so that ``tether run`` loads
only what it needs.
"""
