"""Envelope encryption: fields bound to their row and column, keys 0600, rotation safe."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from sealnote.actor import operator
from sealnote.config import Settings
from sealnote.crypto import (
    MASTER_KEY_FILE,
    NEXT_MASTER_KEY_FILE,
    DataKey,
    KeyRing,
    MasterKeySource,
    generate_master_key,
)
from sealnote.errors import ConfigurationError
from sealnote.practice import Practice
from sealnote.records.models import Client
from sealnote.records.schemas import Chart
from sealnote.records.service import create_client, open_chart


def add_client(practice: Practice, name: str = "Rosalind Achterberg") -> str:
    from sealnote.access import service as access

    with practice.transaction() as db:
        user = access.create_user(db, actor=operator(), email=f"{name[:3]}@x.test",
                                  display_name="C", roles={"clinician"},
                                  password="a long enough password")
        return create_client(db, keys=practice.keys, actor=operator(), chart=Chart(
            legal_name=name, phone="555-0100"), primary_clinician_id=user.id)


def read_chart(practice: Practice, client_id: str) -> Chart:
    with practice.transaction() as db:
        client = db.get(Client, client_id)
        assert client is not None
        return open_chart(practice.keys, client)


def test_key_files_are_private(practice: Practice) -> None:
    keys_dir = practice.settings.keys_dir
    assert stat.S_IMODE(keys_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((keys_dir / MASTER_KEY_FILE).stat().st_mode) == 0o600


def test_a_field_opens_only_in_its_own_table_column_and_row(practice: Practice) -> None:
    with practice.transaction() as db:
        practice.keys.sync(db)
    blob = practice.keys.seal(table="clients", column="phone", row_id="r1", value="555-0100")
    assert blob is not None and b"555-0100" not in blob
    assert practice.keys.open(table="clients", column="phone", row_id="r1", blob=blob) == \
        "555-0100"
    for table, column, row in [("clients", "phone", "r2"), ("clients", "email", "r1"),
                               ("notes", "phone", "r1")]:
        with pytest.raises(ConfigurationError, match="integrity"):
            practice.keys.open(table=table, column=column, row_id=row, blob=blob)


def test_a_ciphertext_swapped_between_rows_is_refused(practice: Practice) -> None:
    first, second = add_client(practice, "Alpha Person"), add_client(practice, "Beta Person")
    with practice.transaction() as db:
        a, b = db.get(Client, first), db.get(Client, second)
        assert a is not None and b is not None
        a.legal_name = b.legal_name
    with pytest.raises(ConfigurationError):
        read_chart(practice, first)


def test_rotation_rewraps_data_keys_and_old_records_still_open(practice: Practice) -> None:
    client_id = add_client(practice)
    key_file = practice.settings.keys_dir / MASTER_KEY_FILE
    old_key = key_file.read_text()
    with practice.transaction() as db:
        result = practice.keys.rotate(db)
    practice.keys.finish_rotation()
    assert key_file.read_text() != old_key
    assert not (practice.settings.keys_dir / NEXT_MASTER_KEY_FILE).exists()
    assert result["data_keys_rewrapped"] >= 1
    # A fresh process, knowing only the new key file, reads old and new records.
    reopened = Practice.open(practice.settings)
    try:
        assert read_chart(reopened, client_id).legal_name == "Rosalind Achterberg"
        newer = add_client(reopened, "Newer Client")
        assert read_chart(reopened, newer).legal_name == "Newer Client"
        with reopened.sessions() as db:
            masters = set(db.scalars(select(DataKey.master_key_id)))
        assert len(masters) == 1
    finally:
        reopened.close()


def test_a_server_running_through_a_rotation_keeps_working(practice: Practice) -> None:
    client_id = add_client(practice)
    server = Practice.open(practice.settings)  # a second process, e.g. the web app
    try:
        assert read_chart(server, client_id).legal_name == "Rosalind Achterberg"
        with practice.transaction() as db:
            practice.keys.rotate(db)
        practice.keys.finish_rotation()
        newer = add_client(practice, "After Rotation")
        assert read_chart(server, newer).legal_name == "After Rotation"
        assert read_chart(server, client_id).legal_name == "Rosalind Achterberg"
    finally:
        server.close()


def test_a_crash_between_commit_and_key_rename_loses_nothing(practice: Practice) -> None:
    client_id = add_client(practice)
    with practice.transaction() as db:
        practice.keys.rotate(db)
    # crash here: master.next holds the key the database now uses; master.key the old one
    assert (practice.settings.keys_dir / NEXT_MASTER_KEY_FILE).exists()
    reopened = Practice.open(practice.settings)
    try:
        assert read_chart(reopened, client_id).legal_name == "Rosalind Achterberg"
    finally:
        reopened.close()


def test_the_master_key_can_come_from_the_environment(tmp_path) -> None:
    key = generate_master_key()
    settings = Settings(data_dir=tmp_path / "d", master_key=key)
    practice, _ = Practice.initialise(settings, actor=operator())
    try:
        assert not (settings.keys_dir / MASTER_KEY_FILE).exists()
        client_id = add_client(practice)
        assert read_chart(practice, client_id).legal_name == "Rosalind Achterberg"
        with pytest.raises(ConfigurationError) as refused, practice.transaction() as db:
            practice.keys.rotate(db)
        assert "SEALNOTE_NEW_MASTER_KEY" in refused.value.hint
    finally:
        practice.close()
    wrong = Practice.open(Settings(data_dir=tmp_path / "d", master_key=generate_master_key()))
    try:
        with pytest.raises(ConfigurationError, match="not available"), wrong.transaction():
            pass
    finally:
        wrong.close()


def test_a_malformed_master_key_is_explained() -> None:
    bad = base64.b64encode(b"short").decode()
    with pytest.raises(ConfigurationError, match="must be 32"):
        KeyRing(MasterKeySource(keys_dir=Path("/nonexistent"), env_key=bad))
