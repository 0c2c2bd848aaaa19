"""The API does what its served OpenAPI document says, for any request the document allows.

schemathesis reads the document the site serves (``/api/openapi.json``) and generates requests
for every operation in it: an operation added next year is fuzzed without anyone listing it.
Each runs against a small gallery and brand site, so answers carry real objects, on the
database the suite runs on (SQLite, or PostgreSQL with ``DATABASE_URL``).

The seed is fixed (``derandomize``) and each failure prints the request that reproduces it. The
budget (examples per operation, besides schemathesis' own boundary and negative cases) keeps the
module to about 1,500 requests and two minutes per database on a 2-core machine; the summary line
at the end of the run says what it cost. Hypothesis also draws constants from the project's
loaded modules, so the exact requests can differ between one process and xdist workers.
"""

from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections

import hypothesis
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories import EventPageFactory

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES_PER_OPERATION = 25

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())


@pytest.fixture
def connection_kept():
    """The test's database connection survives each request, as with Django's test client:
    ``close_old_connections`` would close it at the end of a request because the test runs in
    a transaction (on PostgreSQL that ends the test's data; SQLite's in-memory one ignores it)."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def site(exhibit, programme, article, about, settings):
    """Pages of every kind the API lists and a gallery with a current exhibition; the open call
    accepts as many submissions as the run sends (its limits guard production, not the test)."""
    EventPageFactory(parent=programme)
    settings.OPEN_CALL_RATE_LIMIT = 10_000
    settings.OPEN_CALL_ATTEMPT_LIMIT = 10_000
    return exhibit


@pytest.mark.django_db
@schema.parametrize()
@hypothesis.settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_every_operation_keeps_to_the_document(case, site, connection_kept, sent):
    sent.append(case)
    case.call_and_validate(checks=CHECKS)


@pytest.fixture
def sent(record_property):
    """The requests one operation's run made, for the summary in ``conftest``."""
    made: list = []
    yield made
    record_property("requests", len(made))
