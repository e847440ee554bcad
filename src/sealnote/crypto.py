"""Key ring and envelope encryption: AES-256-GCM field ciphertexts under wrapped data keys.

A practice data key encrypts PHI fields; the master key (a key file in `keys/` or the
SEALNOTE_MASTER_KEY environment variable) only wraps data keys. Each field's associated data
names its table, column and row, so a ciphertext copied to another row or column fails to open.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import DateTime, Integer, LargeBinary, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from sealnote.db import Base
from sealnote.errors import ConfigurationError

FIELD_FORMAT = 1
NONCE_BYTES = 12
MASTER_KEY_FILE = "master.key"
NEXT_MASTER_KEY_FILE = "master.next"


class DataKey(Base):
    """A practice data key, stored only wrapped by the master key."""

    __tablename__ = "data_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    master_key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


def generate_master_key() -> str:
    """A new random 256-bit master key, base64-encoded."""
    return base64.b64encode(secrets.token_bytes(32)).decode()


def master_key_id(key: bytes) -> str:
    """A short public fingerprint naming a master key (never the key itself)."""
    return hashlib.sha256(b"sealnote-master-key-id" + key).hexdigest()[:16]


def _decode_master_key(text: str, source: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except ValueError as err:
        raise ConfigurationError(
            f"The master key from {source} is not valid base64.",
            hint="Generate one with `sealnote keys generate` and put it there again.",
        ) from err
    if len(key) != 32:
        raise ConfigurationError(
            f"The master key from {source} is {len(key)} bytes; it must be 32.",
            hint="Generate one with `sealnote keys generate`.",
        )
    return key


def write_secret_file(path: Path, content: str) -> None:
    """Write a file readable by its owner only (0600), atomically, in a 0700 folder."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


@dataclass(frozen=True)
class MasterKeySource:
    """Where the master key comes from: the environment, or files in `keys/`."""

    keys_dir: Path
    env_key: str | None = None

    @property
    def from_env(self) -> bool:
        return self.env_key is not None

    def load(self) -> dict[str, bytes]:
        """Every master key available now, by id (two only while a rotation is in flight)."""
        keys: dict[str, bytes] = {}
        if self.env_key is not None:
            key = _decode_master_key(self.env_key, "SEALNOTE_MASTER_KEY")
            keys[master_key_id(key)] = key
        for name in (MASTER_KEY_FILE, NEXT_MASTER_KEY_FILE):
            path = self.keys_dir / name
            if path.exists():
                key = _decode_master_key(path.read_text(), str(path))
                keys[master_key_id(key)] = key
        return keys

    def ensure(self) -> None:
        """Create the key file on first use (not when the key comes from the environment)."""
        self.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.keys_dir, 0o700)
        path = self.keys_dir / MASTER_KEY_FILE
        if self.env_key is None and not path.exists():
            write_secret_file(path, generate_master_key() + "\n")


def _wrap_aad(data_key_id: int) -> bytes:
    return f"sealnote:data-key:{data_key_id}".encode()


def _field_aad(table: str, column: str, row_id: str) -> bytes:
    return f"sealnote:v{FIELD_FORMAT}:{table}:{column}:{row_id}".encode()


class KeyRing:
    """Unwrapped data keys in memory, and the master keys that unwrap them."""

    def __init__(self, source: MasterKeySource) -> None:
        self._source = source
        self._masters: dict[str, bytes] = source.load()
        self._data_keys: dict[int, bytes] = {}
        self._active: int | None = None
        self._lock = threading.Lock()
        self._pending_data_key: tuple[int, bytes] | None = None

    @property
    def source(self) -> MasterKeySource:
        return self._source

    def current_master_id(self) -> str:
        """The id of the master key new wraps are made with."""
        if self._source.env_key is not None:
            return master_key_id(_decode_master_key(self._source.env_key, "SEALNOTE_MASTER_KEY"))
        path = self._source.keys_dir / MASTER_KEY_FILE
        if not path.exists():
            raise ConfigurationError(
                f"No master key at {path}.",
                hint="Run `sealnote init`, or set SEALNOTE_MASTER_KEY.",
            )
        return master_key_id(_decode_master_key(path.read_text(), str(path)))

    def _unwrap(self, row: DataKey) -> bytes:
        master = self._masters.get(row.master_key_id)
        if master is None:
            self._masters = self._source.load()
            master = self._masters.get(row.master_key_id)
        if master is None:
            raise ConfigurationError(
                f"Data key {row.id} is wrapped by master key {row.master_key_id}, "
                "which is not available.",
                hint="Restore the key file in keys/ (or SEALNOTE_MASTER_KEY) from your backup.",
            )
        try:
            return AESGCM(master).decrypt(row.wrapped[:NONCE_BYTES], row.wrapped[NONCE_BYTES:],
                                          _wrap_aad(row.id))
        except InvalidTag as err:
            raise ConfigurationError(
                f"Master key {row.master_key_id} does not open data key {row.id}.",
                hint="The key file or the database has been altered; restore both from backup.",
            ) from err

    def _wrap(self, master: bytes, data_key_id: int, data_key: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce + AESGCM(master).encrypt(nonce, data_key, _wrap_aad(data_key_id))

    def sync(self, db: Session) -> None:
        """Load data keys created since the last look (cheap when nothing changed)."""
        newest = db.scalar(select(func.max(DataKey.id)))
        if newest is None:
            self._create_data_key(db)
            return
        if newest == self._active:
            return
        with self._lock:
            for row in db.scalars(select(DataKey).where(DataKey.id.not_in(self._data_keys))):
                self._data_keys[row.id] = self._unwrap(row)
            self._active = newest

    def _create_data_key(self, db: Session) -> int:
        master_id = self.current_master_id()
        master = self._masters.get(master_id) or self._source.load()[master_id]
        next_id = (db.scalar(select(func.max(DataKey.id))) or 0) + 1
        data_key = AESGCM.generate_key(bit_length=256)
        db.add(DataKey(id=next_id, wrapped=self._wrap(master, next_id, data_key),
                       master_key_id=master_id, created_at=datetime.now(UTC)))
        db.flush()
        with self._lock:
            self._data_keys[next_id] = data_key
            self._active = next_id
        return next_id

    def seal(self, *, table: str, column: str, row_id: str, value: str | None) -> bytes | None:
        """Encrypt one field value, bound to its table, column and row."""
        return None if value is None else self.seal_bytes(
            table=table, column=column, row_id=row_id, value=value.encode())

    def open(self, *, table: str, column: str, row_id: str, blob: bytes | None) -> str | None:
        """Decrypt one field value; fails if it was moved from another row or column."""
        plain = self.open_bytes(table=table, column=column, row_id=row_id, blob=blob)
        return None if plain is None else plain.decode()

    def seal_bytes(self, *, table: str, column: str, row_id: str, value: bytes) -> bytes:
        """Encrypt bytes (a document, say), bound to their table, column and row."""
        if self._active is None:
            raise ConfigurationError("The key ring has not been loaded.",
                                     hint="Open the practice before writing records.")
        nonce = secrets.token_bytes(NONCE_BYTES)
        body = AESGCM(self._data_keys[self._active]).encrypt(
            nonce, value, _field_aad(table, column, row_id))
        return struct.pack(">BI", FIELD_FORMAT, self._active) + nonce + body

    def open_bytes(self, *, table: str, column: str, row_id: str,
                   blob: bytes | None) -> bytes | None:
        """Decrypt what `seal_bytes` (or `seal`) wrote."""
        if blob is None:
            return None
        fmt, key_id = struct.unpack(">BI", blob[:5])
        key = self._data_keys.get(key_id)
        if fmt != FIELD_FORMAT or key is None:
            raise ConfigurationError(
                f"A field in {table}.{column} uses unknown key {key_id}.",
                hint="Restart Sealnote; if it persists, restore keys/ from your backup.",
            )
        try:
            return AESGCM(key).decrypt(blob[5:5 + NONCE_BYTES], blob[5 + NONCE_BYTES:],
                                       _field_aad(table, column, row_id))
        except InvalidTag as err:
            raise ConfigurationError(
                f"A field in {table}.{column} failed its integrity check.",
                hint="The database was altered outside Sealnote; restore it from backup.",
            ) from err

    def seal_json(self, *, table: str, column: str, row_id: str, value: Any) -> bytes | None:
        """Encrypt a JSON-serialisable value."""
        if value is None:
            return None
        return self.seal(table=table, column=column, row_id=row_id,
                         value=json.dumps(value, sort_keys=True))

    def open_json(self, *, table: str, column: str, row_id: str, blob: bytes | None) -> Any:
        """Decrypt a value sealed with `seal_json`."""
        text = self.open(table=table, column=column, row_id=row_id, blob=blob)
        return None if text is None else json.loads(text)

    def rotate(self, db: Session, *, new_master_key: str | None = None) -> dict[str, Any]:
        """Re-wrap every data key under a new master key and start a fresh data key.

        Fields are not re-encrypted, so running servers keep working: they hold unwrapped data
        keys and pick up the new one on their next transaction. With a key file the new key is
        written to `master.next` first and renamed over `master.key` only after the database
        commits, so a crash at any point leaves a key that opens every data key.
        """
        self.sync(db)
        if self._source.from_env:
            if not new_master_key:
                raise ConfigurationError(
                    "The master key comes from SEALNOTE_MASTER_KEY, so Sealnote cannot replace it.",
                    hint="Generate one with `sealnote keys generate`, set it as "
                    "SEALNOTE_NEW_MASTER_KEY, run `sealnote keys rotate`, then make it "
                    "SEALNOTE_MASTER_KEY.",
                )
            new_text = new_master_key
        else:
            new_text = new_master_key or generate_master_key()
            write_secret_file(self._source.keys_dir / NEXT_MASTER_KEY_FILE, new_text + "\n")
        new_key = _decode_master_key(new_text, "the new master key")
        new_id = master_key_id(new_key)
        self._masters[new_id] = new_key
        rows = list(db.scalars(select(DataKey).order_by(DataKey.id)))
        for row in rows:
            plain = self._unwrap(row)
            row.wrapped = self._wrap(new_key, row.id, plain)
            row.master_key_id = new_id
        db.flush()
        next_id = rows[-1].id + 1 if rows else 1
        data_key = AESGCM.generate_key(bit_length=256)
        db.add(DataKey(id=next_id, wrapped=self._wrap(new_key, next_id, data_key),
                       master_key_id=new_id, created_at=datetime.now(UTC)))
        db.flush()
        self._pending_data_key = (next_id, data_key)
        return {"master_key_id": new_id, "data_keys_rewrapped": len(rows),
                "new_data_key_id": next_id}

    def finish_rotation(self) -> None:
        """After the database committed a rotation: promote the new key file and data key."""
        pending = self._pending_data_key
        if pending:
            with self._lock:
                self._data_keys[pending[0]] = pending[1]
                self._active = pending[0]
            self._pending_data_key = None
        if not self._source.from_env:
            nxt = self._source.keys_dir / NEXT_MASTER_KEY_FILE
            if nxt.exists():
                os.replace(nxt, self._source.keys_dir / MASTER_KEY_FILE)
        self._masters = self._source.load()
