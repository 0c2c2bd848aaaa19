"""Full-text search that stems each language with its own rules.

On PostgreSQL, each object is indexed with the text-search configuration of its locale (``dutch``
for Dutch pages, so that *evenementen* finds *evenement*; ``english`` for English ones), and a
query is parsed with the configuration of the active language. Other databases use Wagtail's
database backend as it is.
"""

import contextvars
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import groupby
from typing import Any

from django.db import connection
from django.utils import translation

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

TEXT_SEARCH_CONFIGS = {"nl": "dutch", "en": "english"}
FALLBACK_CONFIG = "simple"

_indexing_config: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "indexing_config", default=None
)


def config_for_language(language_code: str | None) -> str:
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], FALLBACK_CONFIG)


def config_for_object(obj: Any) -> str:
    locale = getattr(obj, "locale", None)
    return config_for_language(locale.language_code if locale else None)


@contextmanager
def indexing_with(config: str) -> Iterator[None]:
    token = _indexing_config.set(config)
    try:
        yield
    finally:
        _indexing_config.reset(token)


def _postgres_backend_class() -> type:
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )

    class LocalizedPostgresIndex(PostgresIndex):
        def add_items(self, model: Any, objs: Iterable[Any]) -> None:
            ordered = sorted(objs, key=config_for_object)
            for config, group in groupby(ordered, key=config_for_object):
                with indexing_with(config):
                    super().add_items(model, list(group))

    class LocalizedPostgresSearchBackend(PostgresSearchBackend):
        index_class = LocalizedPostgresIndex

        @property
        def config(self) -> str:
            return _indexing_config.get() or config_for_language(
                translation.get_language()
            )

        @config.setter
        def config(self, value: str | None) -> None:
            # The parent sets one fixed SEARCH_CONFIG; ours follows the language instead.
            pass

    return LocalizedPostgresSearchBackend


def SearchBackend(params: dict) -> Any:
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return DatabaseSearchBackend(params)
