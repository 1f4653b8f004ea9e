"""The analyst's session, in a real browser: JupyterLab started by `make lab`, driven by
Playwright (pinned in .venv) in Debian's chromium (`make browser` installs it).

In a git clone-like copy of the project: open each notebook, run all cells, change a
parameter, run all again, save. Then: no error output, the changed run's tables, charts
and briefing in folders of their own, the kernel offered is the project's only, a new
notebook lands in scratch/, and `git status` is clean.

Screenshots of each notebook go to build/lab-screenshots/ (git-ignored) for a person to look at.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "build" / "lab-screenshots"
# (notebook, parameter, new value as typed, the run name that value gives); every notebook
# of the pipeline is here (checked below), in the order the pipeline runs them
SESSION = [
    ("01-tabulate", "places", '["SY02"]', "default--places-SY02"),
    ("02-compare", "places", '["SY02"]', "default--places-SY02"),
    # fewer charts to draw; 04 embeds the charts 03 drew for the same values
    ("03-figures", "metrics", '["killed"]', "default--metrics-killed"),
    ("06-events", "metrics", '["killed"]', "default--metrics-killed"),  # 04 reads what 06 wrote
    ("04-briefing", "metrics", '["killed"]', "default--metrics-killed"),
    ("05-review-queue", "bound_profile", '"wide-v1"', "default--bound_profile-wide-v1"),
]

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode())


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """The project's files as a fresh clone has them (tracked, plus new files not ignored),
    committed in a new repository; the environments are the project's own (.venv,
    .venv-lab), linked, so `make lab` starts at once."""
    for venv in (".venv", ".venv-lab"):
        if not (ROOT / venv / ".installed").exists():
            pytest.fail(f"{venv} is missing: `make test` creates it (make venv lab-venv)")
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium")
    dest = tmp_path_factory.mktemp("lab-clone")
    files = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for rel in filter(None, files):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)  # keeps mtimes: make sees the environments as current
    for venv in (".venv", ".venv-lab"):
        (dest / venv).symlink_to(ROOT / venv)
    _git(dest, "init", "-q")
    (dest / ".git" / "info" / "exclude").write_text(".venv\n.venv-lab\n", encoding="utf-8")
    _git(dest, "add", "-A")
    _git(dest, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "clone")
    assert _git(dest, "status", "--porcelain") == ""
    return dest


@pytest.fixture(scope="module")
def lab(clone):
    """`make lab` in the clone, on a free local port with a token; stopped afterwards."""
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ, CROSSTALLY_ROOT=str(clone))
    args = f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} --IdentityProvider.token={token}"
    log = (clone.parent / "lab.log").open("w")
    proc = subprocess.Popen(
        ["make", "-o", ".venv/.installed", "-o", ".venv-lab/.installed", "lab", f"LAB_ARGS={args}"],
        cwd=clone, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                _get(f"{base}/api/status?token={token}")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("JupyterLab did not start:\n"
                                         + (clone.parent / "lab.log").read_text()) from None
                time.sleep(0.5)
        yield {"base": base, "token": token, "clone": clone}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _wait_for_run(page, timeout_s: float = 180) -> None:
    """Until every code cell has an execution count and the kernel is idle."""
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll(
                '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')];
            const done = prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            const status = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
            return done && (!status || status.getAttribute('data-status') === 'idle');
        }""", timeout=timeout_s * 1000, polling=500)


def _wait_for_kernel(page) -> None:
    """Until the status bar says the project's kernel is idle (it starts without a prompt)."""
    page.wait_for_function(
        "() => (document.querySelector('.jp-StatusBar-Widget, #jp-main-statusbar') || document.body)"
        ".innerText.includes('Python (crosstally) | Idle')", timeout=90_000, polling=250)


def _run_all(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('li.lm-Menu-item[data-command="runmenu:run-all"]').click()
    page.wait_for_timeout(500)
    _wait_for_run(page)


def _errors(page) -> list[str]:
    errors = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    return [errors.nth(i).inner_text()[:2000] for i in range(errors.count())]


def _outputs_text(page) -> str:
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea").all_inner_texts().__str__()


def test_the_analysts_session_in_jupyterlab(lab):
    from playwright.sync_api import sync_playwright

    base, token, clone = lab["base"], lab["token"], lab["clone"]
    assert sorted(s[0] for s in SESSION) == sorted(p.stem for p in (clone / "notebooks").glob("*.ipynb"))
    specs = _get(f"{base}/api/kernelspecs?token={token}")
    assert specs["default"] == "crosstally"
    assert sorted(specs["kernelspecs"]) == ["crosstally"], "Lab must offer the project's kernel only"

    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--disable-gpu"])
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(f"{base}/lab/tree/notebooks?reset&token={token}")  # the file browser on notebooks/
        for name, param, value, run_name in SESSION:
            started = time.monotonic()
            # open it from the file browser, as an analyst does (one Lab page for the session)
            page.locator(".jp-DirListing-item", has_text=f"{name}.ipynb").first.dblclick()
            page.locator(".lm-TabBar-tab.jp-mod-current", has_text=f"{name}.ipynb").wait_for(timeout=30_000)
            _wait_for_kernel(page)
            _run_all(page)
            assert _errors(page) == [], f"{name}: error output on the stored parameters"
            assert "writes the committed outputs" in _outputs_text(page), name

            line = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .cm-line", has_text=f"{param}: ").first
            line.click()
            page.keyboard.press("Home")
            page.keyboard.press("Shift+End")
            typed = line.inner_text().split(":", 1)[1].split("=", 1)[0].strip()
            page.keyboard.insert_text(f"{param}: {typed} = {value}  # changed in the browser")
            page.keyboard.press("Escape")
            _run_all(page)
            assert _errors(page) == [], f"{name}: error output after changing {param}"
            text = _outputs_text(page)
            assert run_name in text and "untouched" in text, f"{name}: does not say where it wrote"
            page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)

            with page.expect_response(lambda r: r.request.method == "PUT" and f"{name}.ipynb" in r.url) as saved:
                page.keyboard.press("Control+s")
            assert saved.value.ok, f"{name}: save failed ({saved.value.status})"
            page.wait_for_function(  # Lab has taken the save: the tab is no longer marked dirty
                "() => !document.querySelector('li.lm-TabBar-tab.jp-mod-current.jp-mod-dirty')",
                timeout=15_000, polling=250)
            page.screenshot(path=str(SHOTS / f"{name}-saved.png"))
            print(f"{name}: opened, run, changed, run again and saved in {time.monotonic() - started:.1f} s")
        browser.close()

    # New notebooks go to scratch/, wherever they are asked for.
    request = urllib.request.Request(f"{base}/api/contents/notebooks?token={token}", method="POST",
                                     data=json.dumps({"type": "notebook"}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert json.loads(response.read())["path"].startswith("scratch/")

    # The changed runs wrote to folders of their own, not over the committed outputs.
    changed = clone / "data/processed/tables/default--places-SY02"
    assert {p.name for p in changed.glob("*.csv")} >= {"claims.csv", "findings.csv", "filter-summary.csv",
                                                       "claimant-month-pivot.csv"}
    assert any((clone / "figures/default--metrics-killed").glob("*.svg"))
    assert (clone / "briefing/default--metrics-killed/briefing.pdf").is_file()
    assert (clone / "data/processed/tables/default--metrics-killed/briefing-facts.csv").is_file()
    assert (clone / "data/processed/tables/default--bound_profile-wide-v1/review_queue.csv").is_file()
    assert (clone / "scratch/02-compare--places-SY02.ipynb").is_file()  # the session, as the analyst had it
    status = _git(clone, "status", "--porcelain", "--untracked-files=all")
    assert status == "", f"the session changed the repository:\n{status}"
