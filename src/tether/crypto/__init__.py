"""Cryptography (ARCHITECTURE.md §5): recipes over ``cryptography`` and ``argon2-cffi``.

- :mod:`tether.crypto.blobs`: the versioned AES-256-GCM blob formats (values and wrapped keys).
- :mod:`tether.crypto.rootkey`: the root key — OS keyring, 0600 key file, or passphrase-sealed file.
- :mod:`tether.crypto.kdf`: HKDF-SHA256 derivations and HMAC-SHA256 fingerprints.

No primitive is written by hand. Every decryption or integrity failure raises one opaque
:class:`tether.errors.DecryptionError`.
"""
