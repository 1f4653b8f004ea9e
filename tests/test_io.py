"""Streamed, atomic writes: a file is replaced only when its bytes change, and the CSV
comes in pieces that join to the same bytes as one write."""
from __future__ import annotations

import os

import numpy as np
import pandas as pd
import pytest

from crosstally import io
from crosstally.io import csv_bytes, csv_chunks, write_bytes, write_chunks

OLD = b"alpha,beta\n1,2\n3,4\n"


def _stamp(path):
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def test_new_file_is_written(tmp_path):
    path = tmp_path / "sub" / "out.csv"
    assert write_chunks(path, [b"alpha,", b"beta\n"])
    assert path.read_bytes() == b"alpha,beta\n"


def test_unchanged_file_is_left_alone_however_the_bytes_are_cut(tmp_path):
    path = tmp_path / "out.csv"
    path.write_bytes(OLD)
    before = _stamp(path)
    assert not write_chunks(path, [OLD[:3], memoryview(OLD[3:10]), OLD[10:]])
    assert not write_bytes(path, OLD)
    assert _stamp(path) == before
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize("new", [
    OLD[:12] + b"X" + OLD[13:],   # a difference inside the second chunk
    OLD[:-4],                     # the old file is longer
    OLD + b"5,6\n",               # the old file is shorter
    b"",                          # nothing at all
])
def test_changed_file_is_replaced_with_exactly_the_new_bytes(tmp_path, new):
    path = tmp_path / "out.csv"
    path.write_bytes(OLD)
    before = _stamp(path)
    assert write_chunks(path, [new[:5], new[5:16], new[16:]])
    assert path.read_bytes() == new
    assert _stamp(path) != before
    assert list(tmp_path.iterdir()) == [path]


def test_a_failure_midway_leaves_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_bytes(OLD)

    def chunks():
        yield b"changed"
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        write_chunks(path, chunks())
    assert path.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [path]


def test_csv_pieces_join_to_one_write():
    df = pd.DataFrame({
        "text": [f"row {i}" for i in range(10)],
        "formula": ["=1+1", "", "-x", "@a", "plain", "+", "\tt", "ok", "'q", "z"],
        "number": np.arange(10) / 4,
        "flag": [True, False] * 5,
    }).astype({"text": "str", "formula": "str"})
    whole = csv_bytes(df)
    assert whole.startswith(b'"text","formula","number","flag"\n') and whole.count(b'"text"') == 1
    assert b'"row 0","\'=1+1",0,true\n' in whole and b'"row 2","\'-x",0.5,true\n' in whole
    assert b'"row 8","\'q",2,true\n' in whole  # a quote is no formula starter: kept as written
    for rows in (1, 3, 10, 11):
        assert b"".join(csv_chunks(df, rows)) == whole
    assert csv_bytes(df.iloc[:0]) == b'"text","formula","number","flag"\n'


def test_formulas_are_escaped_in_categorical_columns_too():
    """Tables from load_ledger hold repeating text as categoricals; a place or a name
    that a spreadsheet would run as a formula must be escaped there as in plain text."""
    cell = '=HYPERLINK("http://example.invalid","Aleppo")'
    df = pd.DataFrame({"plain": pd.Series([cell, "Hama"], dtype="str"),
                       "category": pd.Series([cell, "Hama"], dtype="str").astype("category"),
                       "n": [1, 2]})
    text = csv_bytes(df).decode()
    assert text == ('"plain","category","n"\n'
                    '"\'=HYPERLINK(""http://example.invalid"",""Aleppo"")","\'=HYPERLINK(""http://example.invalid"",""Aleppo"")",1\n'
                    '"Hama","Hama",2\n')


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to list open files")
def test_the_old_file_is_closed_before_it_is_replaced(tmp_path, monkeypatch):
    """Windows refuses to replace a file that is open; nothing may hold it at the rename."""
    import crosstally.io as io_mod

    path = tmp_path / "out.csv"
    path.write_bytes(OLD)
    seen = []
    real_replace = os.replace

    def replace(src, dst):
        seen.append([os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
                     if os.path.exists(f"/proc/self/fd/{fd}") and os.readlink(f"/proc/self/fd/{fd}") == str(dst)])
        real_replace(src, dst)

    monkeypatch.setattr(io_mod.os, "replace", replace)
    assert write_chunks(path, [OLD[:5], b"changed\n"])
    assert seen == [[]] and path.read_bytes() == OLD[:5] + b"changed\n"


def _escape_reference(table):
    """The escaping as first written: each column's first byte sliced out and looked up."""
    import pyarrow as pa
    import pyarrow.compute as pc

    starters = pa.array([s.encode() for s in io.FORMULA_START], pa.binary())
    for i, field in enumerate(table.schema):
        if pa.types.is_dictionary(field.type):
            field = field.with_type(pa.large_string())
            table = table.set_column(i, field, table.column(i).cast(field.type))
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            col = table.column(i)
            as_bytes = col.cast(pa.large_binary() if pa.types.is_large_string(field.type) else pa.binary())
            hit = pc.is_in(pc.binary_slice(as_bytes, 0, 1), value_set=starters)
            if pc.any(hit).as_py():
                escaped = pc.binary_join_element_wise(pa.scalar("'", field.type), col, pa.scalar("", field.type))
                table = table.set_column(i, field, pc.if_else(hit, escaped, col))
    return table


@pytest.mark.parametrize("seed", range(4))
def test_escaping_reads_first_bytes_as_the_slice_did(seed):
    """Cells read from their offsets: chunked, sliced, string and large_string, missing,
    empty and multibyte cells, each formula starter first and elsewhere."""
    import numpy as np
    import pyarrow as pa

    rng = np.random.default_rng(seed)
    words = ["", "=1+1", "+7", "-3", "@SUM(A1)", "\tx", "\ry", "plain", "é=", "a-b", "'quoted", None]
    n = 200

    def column(typ):
        cells = [words[k] for k in rng.integers(0, len(words), n)]
        chunks = [pa.array(cells[:70], typ), pa.array(cells[70:], typ)]
        return pa.chunked_array([chunks[0].slice(3), chunks[1].slice(0, 100)], typ)  # offsets not at 0

    table = pa.table({"a": column(pa.string()), "b": column(pa.large_string()),
                      "c": pa.chunked_array([pa.array(["x"] * 167, pa.large_string())]),  # nothing to escape
                      "d": pa.array([1.5] * 10 + [None] * 157).slice(0, 167),
                      "e": column(pa.large_string()).dictionary_encode()})
    expected = _escape_reference(table)
    got = io._escape_table(table)
    assert got.equals(expected)
    assert got.column("b").to_pylist() != table.column("b").to_pylist()  # something was escaped
