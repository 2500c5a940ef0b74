"""Records of a long run kept in an anonymous temporary file instead of memory.

A Pemda-wide consolidation streams its inputs, but some of what it learns is needed only at
the end: the texts of the RKT rows, the records of the Pengukuran Kinerja and Realisasi
Anggaran sheets. At 100,000 sub kegiatan they come to some 100 MB as Python objects; pickled
into a temporary file (deleted by the system when closed, whatever happens to the process)
they cost about a second. Items come back by handle (:meth:`Spool.get`) or all in order
(iteration).
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from collections.abc import Iterator
from typing import IO, Any


class Spool:
    def __init__(self) -> None:
        self._fh: IO[bytes] | None = None
        self._offsets = array("q", [0])

    def put(self, item: Any) -> int:
        """Store ``item``; returns its handle (0, 1, 2... in order)."""
        if self._fh is None:
            self._fh = tempfile.TemporaryFile()
        self._fh.seek(self._offsets[-1])
        self._fh.write(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
        self._offsets.append(self._fh.tell())
        return len(self._offsets) - 2

    def get(self, handle: int) -> Any:
        start, end = self._offsets[handle], self._offsets[handle + 1]
        assert self._fh is not None
        self._fh.seek(start)
        return pickle.loads(self._fh.read(end - start))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __iter__(self) -> Iterator[Any]:
        for handle in range(len(self)):
            yield self.get(handle)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
