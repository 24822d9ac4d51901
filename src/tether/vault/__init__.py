"""The vault: vaults, items, fields, versions, key access and the audit chain.

Imports crypto/ and store/ only. The CLI and SDK reach it through ``tether.client``.
"""

from tether.vault.keys import KeyAccess, RootKeyAccess
from tether.vault.service import VaultService

__all__ = ["KeyAccess", "RootKeyAccess", "VaultService"]
