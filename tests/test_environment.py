"""environment.yml, pyproject.toml and requirements.lock describe one environment."""
import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _pins(specs):
    out = {}
    for spec in specs:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)==([^\s;]+)", spec.strip())
        assert m, f"not an exact pin: {spec!r}"
        out[m.group(1).lower()] = m.group(2)
    return out


def _pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    return _pins(specs)


def test_environment_yml_matches_pyproject():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_section
    assert _pins([s for s in pip_section if s != "-e ."]) == _pyproject()
    py = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    req = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert req == ">=" + py.split("=", 1)[1]


def test_lock_agrees_with_pins():
    lock = _pins(l for l in (ROOT / "requirements.lock").read_text().splitlines() if l and not l.startswith("#"))
    for name, ver in _pyproject().items():
        assert lock.get(name) == ver, f"{name}: pyproject {ver}, requirements.lock {lock.get(name)}"


def test_installed_versions_are_the_pinned_ones():
    pins = _pyproject()
    for name in ("pandas", "matplotlib", "papermill", "pyarrow", "pandera", "typst"):
        assert version(name) == pins[name]
