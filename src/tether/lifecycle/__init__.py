"""Lifecycle: identities (people, service accounts), ownership and review, rotation, dynamic
credentials, offboarding and the posture report.

Sits above ``vault/`` (may import vault, crypto, store); nothing below imports it.
"""
