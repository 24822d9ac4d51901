"""Standard input (``tether scan -``) as one in-memory blob."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from tether.scan.findings import Provenance
from tether.scan.sources import Blob, BlobChunk
from tether.scan.sources.files import scan_text

__all__ = ["StdinSource"]


class StdinSource:
    kind = "stdin"

    def __init__(self, stream: BinaryIO | None = None, name: str = "-") -> None:
        self._stream = stream
        self._name = name

    def chunks(self) -> Iterator[BlobChunk]:
        stream = self._stream if self._stream is not None else sys.stdin.buffer
        data = stream.read()
        text = scan_text(data)  # UTF-16 transcoded, an e-mail's encoded bodies decoded
        blob = Blob(data if text is None else text, Provenance(kind=self.kind, path=self._name))
        yield BlobChunk((blob,))
