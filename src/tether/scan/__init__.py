"""The scanner (ARCHITECTURE.md §6). Pure: imports nothing of tether above the leaf modules.

Linking findings to managed secrets goes through a fingerprint callable the caller passes in.
"""
