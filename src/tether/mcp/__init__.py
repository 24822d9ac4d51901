"""``tether mcp``: a Model Context Protocol server that gives agents references, never values."""
