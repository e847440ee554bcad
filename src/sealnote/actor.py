"""Who is acting: the identity every service call and audit event carries."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """An authenticated person (or the operator at the shell) and how they got in."""

    user_id: str
    roles: frozenset[str]
    auth_method: str
    source_addr: str = "local"
    session_id: str | None = None

    @property
    def role(self) -> str:
        """The roles as one stable string, for audit records."""
        return ",".join(sorted(self.roles))

    @property
    def is_operator(self) -> bool:
        return "operator" in self.roles


def operator() -> Actor:
    """The person at the server's shell: whoever can read the data directory."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Actor(user_id=f"operator:{name}", roles=frozenset({"operator"}),
                 auth_method="local-shell")
