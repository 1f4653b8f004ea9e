"""Writing outputs: deterministic bytes, never a half-written file, no live formulas.

- ``atomic_write``: write to a temporary file in the same folder, then rename, so a
  reader (or a failed run) never sees a partial file and the last good output stays.
- ``write_chunks`` (and ``write_bytes``): atomic, and a file whose bytes would not change
  is left alone (mtime too); the new bytes are compared with the old as they come, so a
  large output is never held whole, nor its old copy.
- ``write_csv``: rows in the order given (callers sort), fixed column order, ``\\n``
  line ends, UTF-8, text always quoted, and text that a spreadsheet would run as a formula (a field
  starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) prefixed with a
  single quote, as OWASP advises for CSV injection. Numbers are written as numbers.
- ``parquet_bytes``: pyarrow, no pandas index or pandas metadata, fixed compression.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_CHUNK_ROWS = 4_096  # rows per piece of a streamed CSV: about 2 MB of the ledger, reused memory
_COPY_BLOCK = 1 << 20


@contextmanager
def atomic_write(path: Path | str, mode: str = "wb"):
    """Open a temporary sibling of ``path``; rename it over ``path`` only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual mode
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once, at import: os.umask is process-wide, not thread-safe


def arrow_text(values, chunked: bool = False):
    """Text (a pandas Series, Index or array, or Arrow in chunks or not) as one Arrow
    ``large_string`` array: the one way the package hands text to Arrow's kernels.

    ``chunked``: leave text held in chunks as it is (a ``ChunkedArray``), not copied into
    one array: for element-wise kernels, which take chunks as they come."""
    import pyarrow as pa

    if not isinstance(values, (pa.Array, pa.ChunkedArray)):
        values = pa.chunked_array(pd.Series(values).astype("str"))
    if isinstance(values, pa.ChunkedArray) and not chunked:
        values = values.combine_chunks()
    return values.cast(pa.large_string())


def _escape_table(table):
    """Every text cell that a spreadsheet would evaluate, prefixed with ``'``
    (categorical columns are made text first).

    The formula starters are ASCII, so a cell starts with one exactly when its first
    byte is one: each cell's first byte is read where its offset points
    (:func:`_starts_formula`), not sliced out into a new array.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    for i, field in enumerate(table.schema):
        if pa.types.is_dictionary(field.type):  # a categorical: written, and escaped, as its text
            field = field.with_type(pa.large_string())
            table = table.set_column(i, field, table.column(i).cast(field.type))
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            col = table.column(i)
            hits = _starts_formula(col)
            if any(h.any() for h in hits):
                hit = pa.chunked_array([pa.array(h) for h in hits], pa.bool_()) if isinstance(col, pa.ChunkedArray) \
                    else pa.array(hits[0])
                escaped = pc.binary_join_element_wise(pa.scalar("'", field.type), col, pa.scalar("", field.type))
                table = table.set_column(i, field, pc.if_else(hit, escaped, col))
    return table


_FORMULA_BYTES = np.zeros(256, dtype=bool)
_FORMULA_BYTES[[ord(s) for s in FORMULA_START]] = True


def _starts_formula(column) -> list[np.ndarray]:
    """Per chunk of an Arrow text column (one chunk if not chunked), per cell, whether its
    first byte starts a formula (a missing or empty cell: no). Read from the arrays' own
    offsets and bytes (no copy of a cell): for each cell, the byte its offset points at."""
    import pyarrow as pa

    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    out = []
    for chunk in chunks:
        _, offsets, data = chunk.buffers()[:3]
        wide = pa.types.is_large_string(chunk.type)
        ends = np.frombuffer(offsets, dtype="int64" if wide else "int32")[chunk.offset:chunk.offset + len(chunk) + 1]
        starts, nonempty = ends[:-1], ends[1:] > ends[:-1]  # a missing cell is empty
        hit = np.zeros(len(chunk), dtype=bool)
        if nonempty.any():
            hit[nonempty] = _FORMULA_BYTES[np.frombuffer(data, dtype="uint8")[starts[nonempty]]]
        out.append(hit)
    return out


def csv_chunks(df: pd.DataFrame, rows: int = CSV_CHUNK_ROWS) -> Iterator[memoryview]:
    """The bytes ``write_csv`` writes, in pieces of ``rows`` rows (the header with the first).

    Written by pyarrow (fast enough for millions of rows): text is always quoted,
    numbers never, missing values are empty, booleans are ``true``/``false``. Each
    piece is made only when asked for, so the whole file is never in memory.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    table = _escape_table(pa.Table.from_pandas(df, preserve_index=False))
    for start in range(0, max(table.num_rows, 1), rows):  # an empty table still has its header
        buf = pa.BufferOutputStream()
        pacsv.write_csv(table.slice(start, rows), buf,
                        pacsv.WriteOptions(quoting_style="needed", include_header=start == 0))
        yield memoryview(buf.getvalue()).cast("B")


def csv_bytes(df: pd.DataFrame) -> bytes:
    """The exact bytes ``write_csv`` writes: header, then rows as given."""
    return b"".join(csv_chunks(df))


def write_chunks(path: Path | str, chunks: Iterable[bytes | memoryview]) -> bool:
    """Write the chunks' bytes atomically; leave the file (and its mtime) alone if unchanged.

    Each chunk is compared with the same stretch of the existing file as it comes; the
    temporary file is started only at the first difference, from the equal stretch
    already read. Returns True when the file was (re)written.
    """
    path = Path(path)
    with ExitStack() as stack:
        try:
            old = stack.enter_context(open(path, "rb"))
        except FileNotFoundError:
            old = None
        same = 0  # bytes so far equal to the start of the old file
        out = None  # the temporary file, from the first difference on
        for chunk in chunks:
            if out is None and old is not None and _next_bytes_are(old, chunk):
                same += len(chunk)
                continue
            if out is None:
                out = stack.enter_context(atomic_write(path, "wb"))
                _copy_start(old, out, same)
            out.write(chunk)
        if out is None and (old is None or old.read(1)):  # no file yet, or the old one is longer
            out = stack.enter_context(atomic_write(path, "wb"))
            _copy_start(old, out, same)
        if old is not None:
            old.close()  # before the rename on leaving: Windows will not replace an open file
    return out is not None


def _next_bytes_are(fh, chunk) -> bool:
    """Whether the next ``len(chunk)`` bytes of ``fh`` are ``chunk``'s (bytearray compares
    with any buffer by memcmp, where bytes against a memoryview goes byte by byte)."""
    block = bytearray(len(chunk))
    return fh.readinto(block) == len(block) and block == chunk


def _copy_start(src, dst, size: int) -> None:
    """Copy the first ``size`` bytes of ``src`` (None when ``size`` is 0) to ``dst``."""
    if size:
        src.seek(0)
    while size:
        block = src.read(min(size, _COPY_BLOCK))
        if not block:
            raise OSError(f"{src.name} was cut short while being compared")
        dst.write(block)
        size -= len(block)


def write_bytes(path: Path | str, data: bytes) -> bool:
    """Write ``data`` atomically; leave the file (and its mtime) alone if unchanged.

    Returns True when the file was (re)written.
    """
    return write_chunks(path, [data])


def write_csv(df: pd.DataFrame, path: Path | str) -> bool:
    """``df`` as CSV (see the module docstring), streamed to ``path`` through ``write_chunks``."""
    return write_chunks(path, csv_chunks(df))


def write_text(path: Path | str, text: str) -> bool:
    return write_bytes(path, text.encode("utf-8"))


def parquet_bytes(df: pd.DataFrame) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    # pandas metadata embeds the pandas version; drop it. (The footer still names the
    # pinned pyarrow that wrote it: bytes change only when that pin does.)
    table = table.replace_schema_metadata(None)
    buf = pa.BufferOutputStream()
    pq.write_table(table, buf, compression="zstd", write_statistics=True,
                   store_schema=False)
    return buf.getvalue().to_pybytes()
