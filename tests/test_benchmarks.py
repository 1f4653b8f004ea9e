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
