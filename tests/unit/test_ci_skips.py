"""Skips turn into failures under CI (tests/ci_skips.py), and stay skips elsewhere."""

from __future__ import annotations

from tests.ci_skips import in_ci

pytest_plugins = ["pytester"]

INNER_TESTS = '''
import pytest

@pytest.mark.skipif(True, reason="Prism binary is absent: run `make prism`")
def test_marked():
    pass

@pytest.fixture
def corpus():
    pytest.skip("../shared is absent")

def test_fixture(corpus):
    pass

def test_body():
    pytest.skip("/usr/bin/chromium is absent")

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_expected_failure():
    assert False

def test_passes():
    pass
'''
CONFTEST = "from tests.ci_skips import pytest_runtest_makereport  # noqa: F401\n"


def test_ci_is_what_ci_services_set():
    assert in_ci({"CI": "true"}) and in_ci({"CI": "1"}) and in_ci({"CI": "TRUE "})
    assert not any(in_ci(env) for env in ({}, {"CI": ""}, {"CI": "false"}, {"CI": "0"},
                                          {"CI": "no"}))


def test_under_ci_every_skip_fails_with_its_reason(pytester, monkeypatch):
    monkeypatch.setenv("CI", "true")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(INNER_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-rA")
    # A skip in setup (marker, fixture) is reported as an error, one in the test as a failure.
    result.assert_outcomes(passed=1, failed=1, errors=2, xfailed=1)
    result.stdout.fnmatch_lines_random([
        "*skipped under CI=true, where it must run: Prism binary is absent: run `make prism`*",
        "*skipped under CI=true, where it must run: ../shared is absent*",
        "*skipped under CI=true, where it must run: /usr/bin/chromium is absent*"])


def test_elsewhere_skips_stay_skips(pytester, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(INNER_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, skipped=3, xfailed=1)
