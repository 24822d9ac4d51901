"""Hooks for AI coding tools that block secrets before they reach a prompt, a file or a tool."""
