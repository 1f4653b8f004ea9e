"""Build hook: ship the reference case's notebooks and bound profiles inside the package.

pyproject.toml holds everything else. The notebooks have one source of truth, this
repository's ``notebooks/`` (the Syria case runs them as they are); a wheel carries a copy
in ``crosstally/_shipped/`` that ``crosstally init`` and ``crosstally upgrade`` copy into
a case. ``crosstally.scaffold.SHIPPED`` names the same files.
"""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SHIPPED = {  # path inside crosstally/_shipped/ -> path in this repository
    "notebooks": "notebooks",
    "rules/bound-profiles.yaml": "data/raw/rules/bound-profiles.yaml",
}


class BuildWithShippedCase(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        target = Path(self.build_lib) / "crosstally" / "_shipped"
        for inside, source in SHIPPED.items():
            src = HERE / source
            files = sorted(p for p in src.iterdir() if p.suffix in (".ipynb", ".yaml")) if src.is_dir() else [src]
            for f in files:
                dest = target / inside / f.name if src.is_dir() else target / inside
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(f.read_bytes())


setup(cmdclass={"build_py": BuildWithShippedCase})
