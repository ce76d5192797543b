"""Under CI a skipped test fails: CI provides everything the tests need (../shared with its
corpora, the Prism binary, Chromium; see .ci/run), so a skip there means CI is broken, not that
the test does not apply. Elsewhere (a laptop without ../shared) skips stay skips, with reasons.

tests/conftest.py imports the hook, so it applies to every test.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping

import pytest


def in_ci(environ: Mapping[str, str] = os.environ) -> bool:
    """``CI`` set to anything but empty, 0, false or no (CI services set ``CI=true``)."""
    return environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def skip_reason(longrepr: object) -> str:
    """The reason pytest keeps for a skip: ``(file, line, "Skipped: reason")``."""
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Generator:
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and in_ci():
        report.outcome = "failed"
        report.longrepr = (f"skipped under CI={os.environ['CI']}, where it must run: "
                           f"{skip_reason(report.longrepr)}")
