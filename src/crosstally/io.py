"""Writing outputs: deterministic bytes, never a half-written file, no live formulas.

- ``atomic_write``: write to a temporary file in the same folder, then rename, so a
  reader (or a failed run) never sees a partial file and the last good output stays.
- ``write_csv``: rows in the order given (callers sort), fixed column order, ``\\n``
  line ends, UTF-8, text always quoted, and text that a spreadsheet would run as a formula (a field
  starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) prefixed with a
  single quote, as OWASP advises for CSV injection. Numbers are written as numbers.
- ``parquet_bytes``: pyarrow, no pandas index or pandas metadata, fixed compression.
"""
from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def _escape_table(table):
    """Every text cell that a spreadsheet would evaluate, prefixed with ``'``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for i, field in enumerate(table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            col = table.column(i)
            hit = pc.starts_with(col, FORMULA_START[0])  # a prefix test per character: cheaper than a regex
            for start in FORMULA_START[1:]:
                hit = pc.or_(hit, pc.starts_with(col, start))
            if pc.any(hit).as_py():
                escaped = pc.binary_join_element_wise(pa.scalar("'", field.type), col, pa.scalar("", field.type))
                table = table.set_column(i, field, pc.if_else(hit, escaped, col))
    return table


def csv_bytes(df: pd.DataFrame) -> bytes:
    """The exact bytes ``write_csv`` writes: header, then rows as given.

    Written by pyarrow (fast enough for millions of rows): text is always quoted,
    numbers never, missing values are empty, booleans are ``true``/``false``. A large
    table is written in slices of rows on parallel threads (pyarrow releases the GIL),
    the header with the first: the same bytes as one write, sooner.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    table = _escape_table(pa.Table.from_pandas(df, preserve_index=False))
    parts = max(1, min(os.cpu_count() or 1, table.num_rows // 100_000))
    size = -(-table.num_rows // parts)

    def write(i: int):
        buf = pa.BufferOutputStream()
        pacsv.write_csv(table.slice(i * size, size), buf,
                        pacsv.WriteOptions(quoting_style="needed", include_header=i == 0))
        return buf.getvalue()

    with ThreadPoolExecutor(parts) as pool:
        return b"".join(pool.map(write, range(parts)))


def write_bytes(path: Path | str, data: bytes) -> bool:
    """Write ``data`` atomically; leave the file (and its mtime) alone if unchanged.

    Returns True when the file was (re)written.
    """
    path = Path(path)
    if path.exists() and path.read_bytes() == data:
        return False
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return True


def write_csv(df: pd.DataFrame, path: Path | str) -> bool:
    return write_bytes(path, csv_bytes(df))


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

