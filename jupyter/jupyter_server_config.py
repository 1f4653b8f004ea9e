"""JupyterLab's configuration for this project: `make lab` starts Lab with it (--config).

- Every save, by hand or autosave, goes through crosstally.jupyter_hooks.pre_save_hook:
  stored notebooks are written in the one canonical form the tests check
  (crosstally.runner.canonical_notebook), and a parameter value changed in a stored
  notebook stays a session value (the notebook as the analyst had it goes to scratch/).
- One kernel: the project's "Python (crosstally)" (found through JUPYTER_PATH, set by
  `make lab`), the default and the only one offered.
- New notebooks and files are created in scratch/ (git-ignored, not scanned by the tests).
- Lab runs offline: no news feed, no update check, no prompt about either.

This file runs in JupyterLab's own environment (.venv-lab), which does not install the
project: the hook is imported from src/ (it needs only nbformat and PyYAML, which Lab has).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager  # noqa: E402
from tornado.web import HTTPError  # noqa: E402

from crosstally.jupyter_hooks import SCRATCH, SaveRefused, pre_save_hook  # noqa: E402

c = get_config()  # noqa: F821 - provided by Jupyter when it loads this file


def _pre_save(model, path, contents_manager, **kwargs):
    try:
        pre_save_hook(model, path, contents_manager, **kwargs)
    except SaveRefused as err:
        # An HTTPError is what a pre-save hook raises to refuse a save with a message.
        raise HTTPError(400, "%s", str(err)) from None


class ProjectContentsManager(AsyncLargeFileManager):
    """New untitled notebooks and files go to scratch/, wherever the file browser is."""

    async def new_untitled(self, path="", type="", ext=""):
        parts = [p for p in str(path).strip("/").split("/") if p]
        if type != "directory" and parts[:1] != [SCRATCH]:
            path = SCRATCH
        return await super().new_untitled(path=path, type=type, ext=ext)


c.ServerApp.root_dir = str(ROOT)
c.ServerApp.contents_manager_class = ProjectContentsManager
c.ContentsManager.pre_save_hook = _pre_save

c.KernelSpecManager.ensure_native_kernel = False
c.KernelSpecManager.allowed_kernelspecs = {"crosstally"}
c.MappingKernelManager.default_kernel_name = "crosstally"

c.LabApp.default_url = "/lab/tree/notebooks"
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
# Lab's settings defaults (jupyter/lab-settings/overrides.json): no news prompt; every
# cell of a notebook rendered (the notebooks are short; find and the tests see all outputs).
c.LabApp.app_settings_dir = str(ROOT / "jupyter" / "lab-settings")
