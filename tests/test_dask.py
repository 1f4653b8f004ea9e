"""A real dask.distributed LocalCluster (2 in-process workers) drives extraction over a
corpus and the notebook runner. Skipped when the optional `dask` extra is absent.

The notebook-runner case uses the tiny fixture project of tests/test_runner.py, on a
LocalCluster of 2 worker processes."""
from __future__ import annotations

import shutil
import socket
import warnings
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from crosstally import extract as X  # noqa: E402
from crosstally import runner  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "runner-project"
# no dashboard, and the scheduler's own HTTP server on a free port: with 8787 taken (by the other test
# cluster, or anything else on the machine) distributed would warn that it moved
NO_DASHBOARD_PORT = {"dashboard_address": ":0"}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None, scheduler_kwargs=NO_DASHBOARD_PORT) as cluster, distributed.Client(cluster) as c:
        yield c


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Shelling killed 12 people and wounded at least 30 on Monday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Nothing to count here, except 2019 and page 4.\n", encoding="utf-8")
    (folder / "sub" / "c.txt").write_text("Officials said three children died and some 4,000 fled.\n",
                                          encoding="utf-8")
    (folder / "notes.md").write_text("not a text file: 99 people\n", encoding="utf-8")
    return folder


def test_extract_corpus_on_a_local_cluster_gives_what_one_process_gives(client, tmp_path):
    folder = _corpus(tmp_path)
    files = X.corpus_files([folder])
    assert [f.relative_to(folder).as_posix() for f in files] == ["a.txt", "b.txt", "sub/c.txt"]
    serial = X.extract_corpus(files, jobs=1)
    on_dask = X.extract_corpus(files, executor=client.get_executor(), batch_bytes=1)
    pd.testing.assert_frame_equal(on_dask, serial)
    assert on_dask["value"].tolist() == [12, 30, 3, 4000]
    assert on_dask["document"].tolist() == [str(folder / "a.txt")] * 2 + [str(folder / "sub" / "c.txt")] * 2
    # the cluster's scheduler ran the batches (one task per file with batch_bytes=1)
    assert "extract_batch" in client.cluster.scheduler.task_prefixes


def test_extract_corpus_writes_one_csv_per_file_through_the_cluster(client, tmp_path):
    folder = _corpus(tmp_path)
    out = tmp_path / "out"
    counts = X.extract_corpus(X.corpus_files([folder]), executor=client.get_executor(), out_dir=out,
                              root=folder)
    assert counts == {"a.txt.csv": 2, "b.txt.csv": 0, "sub/c.txt.csv": 2}
    c = pd.read_csv(out / "sub" / "c.txt.csv")
    assert c["span"].tolist() == ["three children", "some 4,000"]


def test_a_bad_file_on_the_cluster_stops_the_run_and_writes_nothing(client, tmp_path):
    folder = _corpus(tmp_path)
    (folder / "bad.txt").write_bytes(b"caf\xe9 12 people\n")
    out = tmp_path / "out"
    with pytest.raises(X.ExtractInputError, match=r"bad\.txt: not UTF-8 text \(byte 0xe9 at offset 3\)"):
        X.extract_corpus(X.corpus_files([folder]), executor=client.get_executor(), out_dir=out, root=folder)
    assert not out.exists()


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    monkeypatch.setattr(runner, "code_hash", lambda: "pinned")
    monkeypatch.setenv("CROSSTALLY_ROOT", str(root))
    return root


@pytest.mark.slow
def test_runner_runs_parameter_sets_on_a_local_cluster(project):
    # Worker processes, as on a real cluster: each notebook's kernel client gets an event
    # loop of its own (two in-process workers would share the test process's asyncio state).
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, scheduler_kwargs=NO_DASHBOARD_PORT) as cluster, distributed.Client(cluster) as client:
        _run_twice_on(client, project)


def _run_twice_on(client, project):
    report = runner.run(params_files=[Path("params/default.yaml"), Path("params/tripled.yaml")],
                        root=project, notebooks=["01-count"], executor=client.get_executor())
    assert {r.label: r.status for r in report.results} == {"01-count (default)": "ran",
                                                          "01-count (tripled)": "ran"}
    default, tripled = ((project / f"out/{run}/count.txt").read_text() for run in ("default", "tripled"))
    assert int(tripled) == 3 * int(default)
    # a second run on the cluster skips what is unchanged
    again = runner.run(params_files=[Path("params/default.yaml"), Path("params/tripled.yaml")],
                       root=project, notebooks=["01-count"], executor=client.get_executor())
    assert {r.status for r in again.results} == {"skipped"}


@pytest.mark.slow
def test_extract_on_a_local_cluster_leaves_port_8787_alone(tmp_path, capsys):
    # with 8787 taken (another cluster, a notebook server), `crosstally extract --scheduler local`
    # starts without the warning that its scheduler moved off 8787: it never asks for that port
    folder = _corpus(tmp_path)
    held = socket.socket()
    try:
        held.bind(("127.0.0.1", 8787))
        held.listen()
    except OSError:
        pass  # already taken by something else: the same situation
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            rc = X.main([str(folder), "--scheduler", "local", "-j", "1", "--out", str(tmp_path / "out")])
    finally:
        held.close()
    assert rc == 0
    assert (tmp_path / "out" / "a.txt.csv").exists()
    assert not [w for w in caught if "already in use" in str(w.message)]
