"""Settings: where the data lives, which database, where the master key comes from."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from pydantic_settings import BaseSettings, SettingsConfigDict

DATA_DIR_ENV = "SEALNOTE_DATA_DIR"


def resolve_data_dir(explicit: Path | str | None = None) -> Path:
    """The data directory: `--data-dir`, then SEALNOTE_DATA_DIR, then the user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("sealnote", appauthor=False)).resolve()


class Settings(BaseSettings):
    """Everything configurable, read from SEALNOTE_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="SEALNOTE_", extra="ignore")

    data_dir: Path
    database_url: str | None = None
    master_key: str | None = None
    new_master_key: str | None = None
    idle_timeout_minutes: float = 15
    lockout_threshold: int = 5
    lockout_minutes: int = 15
    audit_retention_years: int = 7

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def checkpoints_dir(self) -> Path:
        return self.data_dir / "checkpoints"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "sealnote.db"

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.sqlite_path}"

    @property
    def uses_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")


def load_settings(data_dir: Path | str | None = None) -> Settings:
    """Settings for one data directory, with environment overrides applied."""
    return Settings(data_dir=resolve_data_dir(data_dir))
