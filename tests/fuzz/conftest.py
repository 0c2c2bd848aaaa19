"""The schemathesis run reports its own size and cost at the end of every test run (also under
pytest-xdist, whose workers forward their reports), so CI shows what the fuzzing costs."""

from pathlib import Path

import pytest

FUZZ_DIR = Path(__file__).parent
_runs: list[tuple[str, float, int]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if Path(report.fspath).parent.resolve() != FUZZ_DIR.resolve():
        return
    if report.when in {"setup", "call", "teardown"}:
        requests = dict(report.user_properties).get("requests", 0)
        _runs.append((report.nodeid, report.duration, requests))


def pytest_terminal_summary(terminalreporter) -> None:
    if not _runs:
        return
    operations = sum(1 for *_, requests in _runs if requests)
    requests = sum(requests for *_, requests in _runs)
    seconds = sum(duration for _, duration, _ in _runs)
    terminalreporter.write_line(
        f"schemathesis: {operations} operations, {requests} requests, "
        f"{seconds:.0f} s of test time (data set-up included)"
    )
