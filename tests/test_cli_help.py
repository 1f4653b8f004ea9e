"""`crosstally --help`: plain text for a terminal, listing every subcommand the parser registers
(a reviewer saw reST markup, ``init`` and :mod:`crosstally.case`, and no `gaps` in it)."""
from __future__ import annotations

import argparse
import io
import re
from contextlib import redirect_stdout

import pytest

from crosstally import cli


def _help() -> str:
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    return out.getvalue()


def test_help_lists_every_registered_subcommand_in_plain_text():
    text = _help()
    (sub,) = [a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    commands = list(sub.choices)
    assert {"init", "gaps", "draft", "accept", "all", "upgrade", "import-figures"} <= set(commands)
    for name in commands:
        assert re.search(rf"^\s+{re.escape(name)}\s+\S", text, re.MULTILINE), f"{name} not listed in --help"
    for markup in ("``", ":mod:", ":func:", ":data:", ":class:", "**"):
        assert markup not in text
    assert "--case DIR" in text and "CROSSTALLY_ROOT" in text
