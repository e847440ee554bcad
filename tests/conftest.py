"""Fixtures: every database test runs on SQLite and on PostgreSQL (its own schema per test)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from sealnote.actor import operator
from sealnote.config import Settings
from sealnote.demo import seed
from sealnote.practice import Practice
from tests.model_server import recording_model  # noqa: F401 (a fixture for every test)

POSTGRES_URL = os.environ.get("SEALNOTE_TEST_POSTGRES_URL",
                              "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
_postgres_problem: str | None = None
_postgres_checked = False


def postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used, or None when it can (checked once per run)."""
    global _postgres_checked, _postgres_problem
    if not _postgres_checked:
        _postgres_checked = True
        try:
            psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
        except psycopg.Error as err:
            _postgres_problem = f"PostgreSQL not reachable at {POSTGRES_URL}: {err}".strip()
    return _postgres_problem


def pytest_report_header(config: pytest.Config) -> str:
    problem = postgres_problem()
    if problem is None:
        return f"databases: SQLite and PostgreSQL ({POSTGRES_URL})"
    return f"databases: SQLite only -- PostgreSQL tests will be SKIPPED ({problem})"


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    problem = postgres_problem()
    if problem:
        if IN_CI:
            pytest.fail(f"CI=true requires PostgreSQL. {problem}")
        pytest.skip(problem)
    return POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh schema in the test database, dropped afterwards."""
    schema = f"sn_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{postgres_admin_url}?options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def settings(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    database_url = None
    if backend == "postgres":
        database_url = request.getfixturevalue("postgres_url")
    return Settings(data_dir=tmp_path / "data", database_url=database_url)


@pytest.fixture
def practice(settings: Settings) -> Iterator[Practice]:
    opened, _ = Practice.initialise(settings, actor=operator(), name="Test practice")
    yield opened
    opened.close()


@pytest.fixture
def demo(practice: Practice) -> Practice:
    """The practice with the demo's users, clients, notes and consents in it."""
    seed(practice)
    return practice


@pytest.fixture
def demo_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`sealnote serve` over a demo practice: (base URL, data directory)."""
    from tests.helpers import running_server, sealnote, sealnote_env

    data = tmp_path / "data"
    env = sealnote_env(data)
    sealnote(env, "demo")
    with running_server(env) as url:
        yield url, data
