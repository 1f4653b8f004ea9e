"""The benchmarks' synthetic inputs are valid ledgers (else the scale figures measure errors)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from synthetic import make_project  # noqa: E402

from crosstally.ledger import build, read_inputs  # noqa: E402


def test_synthetic_inputs_validate_and_build(tmp_path):
    paths = make_project(tmp_path, 500)
    assert read_inputs(paths).errors == []
    ledger = build(paths)
    assert len(ledger) == 500
    assert ledger["claimant"].nunique() > 24 and ledger["admin1"].nunique() == 15


def test_scale_peak_is_the_child_own_not_the_forking_parent():
    """scale.py measures each size in a child forked by the parent that generated the
    inputs; on Linux ``ru_maxrss`` carries the parent's resident memory over the fork and
    exec, so the child must report its own high-water mark."""
    import resource
    import subprocess

    if not Path("/proc/self/status").exists():
        return  # VmHWM is Linux's; elsewhere scale.py falls back to ru_maxrss
    held = b"x" * (400 << 20)  # 400 MB resident in this process at the fork
    code = ("import resource, scale; print(scale.peak_mb(), "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1] / "benchmarks").stdout.split()
    del held
    own, carried = map(float, out)
    assert carried > 400  # the parent's memory, as ru_maxrss sees it
    assert 5 < own < 200  # a bare interpreter importing the script
