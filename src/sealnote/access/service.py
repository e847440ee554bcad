"""Accounts, passwords, MFA, lockout, and the authorisation check every record passes."""

from __future__ import annotations

import functools
import hashlib
import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access.models import ApiToken, ClientGrant, User, WebSession
from sealnote.access.permissions import (
    BREAK_GLASS_HOURS,
    CARE_TEAM,
    MAY_BREAK_GLASS,
    PRACTICE_WIDE,
    SUPERVISION,
    Permission,
    Role,
)
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.crypto import KeyRing
from sealnote.errors import (
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    MfaRequired,
    NotFound,
    PermissionDenied,
)
from sealnote.records.models import Client

# argon2id with the library's defaults (RFC 9106 "low memory" profile).
_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 12
LOCKOUT_THRESHOLD = 5
LOCKOUT_MINUTES = 15
RECOVERY_CODE_COUNT = 10
# Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands datetimes back naive; they were stored as UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def hash_password(password: str) -> str:
    """An argon2id hash of a password that meets the length rule."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.",
                           hint="A few unrelated words make a long password easy to remember.")
    return _hasher.hash(password)


def _password_matches(user: User | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def create_user(
    db: Session,
    *,
    actor: Actor,
    email: str,
    display_name: str,
    roles: set[str] | frozenset[str],
    password: str,
    supervisor_id: str | None = None,
    is_demo: bool = False,
) -> User:
    """Create a workforce account (admins and the operator only)."""
    require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    _check_roles(roles)
    if not display_name.strip():
        raise InvalidInput("Give the person's name as colleagues know it.")
    email = email.strip().lower()
    if "@" not in email:
        raise InvalidInput("That e-mail address is not valid.")
    if db.scalar(select(User).where(User.email == email)):
        raise InvalidInput(f"An account for {email} exists already.")
    user = User(id=str(uuid.uuid4()), email=email, display_name=display_name,
                roles=",".join(sorted(roles)), password_hash=hash_password(password),
                supervisor_id=supervisor_id, is_demo=is_demo, created_at=_now())
    db.add(user)
    db.flush()
    audit.record(db, actor=actor, action="user.create", object_type="user", object_id=user.id,
                 details={"roles": user.roles, "demo": is_demo})
    return user


def list_users(db: Session, *, actor: Actor) -> list[User]:
    """Every workforce account, for the admin's user list."""
    require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    return list(db.scalars(select(User).order_by(User.display_name)))


def _check_roles(roles: set[str] | frozenset[str]) -> None:
    unknown = set(roles) - {r.value for r in Role}
    if not roles or unknown:
        raise InvalidInput(f"Unknown role(s): {', '.join(sorted(unknown)) or 'none given'}.",
                           hint="Roles: " + ", ".join(r.value for r in Role))


def update_user(db: Session, *, actor: Actor, user_id: str, roles: set[str] | frozenset[str],
                active: bool, supervisor_id: str | None = None,
                reset_mfa: bool = False) -> User:
    """Change an account's roles, supervisor or whether it may sign in, or reset its second
    factor for a new phone (admins)."""
    require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    _check_roles(roles)
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("That account was not found.")
    if user.id == actor.user_id and (not active or Role.ADMIN not in roles):
        raise InvalidInput("You cannot remove your own administrator role or disable yourself.",
                           hint="Ask another administrator to do it.")
    if supervisor_id == user.id:
        raise InvalidInput("Nobody supervises themselves.")
    user.roles, user.active = ",".join(sorted(roles)), active
    user.supervisor_id = supervisor_id or None
    if reset_mfa:
        user.mfa_enabled, user.mfa_secret, user.recovery_codes = False, None, "[]"
    if not active:  # a disabled account loses its browser sessions and API tokens at once
        for row in db.scalars(select(WebSession).where(WebSession.user_id == user.id)):
            db.delete(row)
        for token in db.scalars(select(ApiToken).where(ApiToken.user_id == user.id,
                                                       ApiToken.revoked_at.is_(None))):
            token.revoked_at = _now()
    audit.record(db, actor=actor, action="user.update", object_type="user", object_id=user.id,
                 details={"roles": user.roles, "active": active, "mfa_reset": reset_mfa})
    return user


def set_password(db: Session, *, actor: Actor, user_id: str, new_password: str,
                 current_password: str | None = None) -> None:
    """Change your own password (with the current one), or reset another's (admins)."""
    own = user_id == actor.user_id
    if not own:
        require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("That account was not found.")
    if own and not _password_matches(user, current_password or ""):
        raise AuthenticationFailed("Your current password was not right; nothing changed.",
                                   hint="Type your current password again.")
    user.password_hash = hash_password(new_password)
    user.failed_logins, user.locked_until = 0, None
    audit.record(db, actor=actor, action="user.password_change" if own else "user.password_reset",
                 object_type="user", object_id=user.id)


def actor_for(user: User, *, auth_method: str, source_addr: str = "local",
              session_id: str | None = None) -> Actor:
    """The Actor a signed-in user acts as."""
    return Actor(user_id=user.id, roles=user.role_set, auth_method=auth_method,
                 source_addr=source_addr, session_id=session_id)


def _failed_attempt(*, user_id: str | None, source_addr: str, action: str, reason: str,
                    threshold: int, lock_minutes: int,
                    counts: bool = True) -> Callable[[Session], None]:
    """A followup that records a failed attempt after the caller's work is rolled back."""

    def followup(db: Session) -> None:
        details: dict[str, str | int | bool] = {"reason": reason}
        if user_id is not None and counts:
            user = db.get(User, user_id)
            if user is not None:
                user.failed_logins += 1
                details["failures"] = user.failed_logins
                if user.failed_logins >= threshold:
                    user.locked_until = _now() + timedelta(minutes=lock_minutes)
                    details["locked"] = True
        who = Actor(user_id=user_id or "unknown", roles=frozenset(), auth_method="password",
                    source_addr=source_addr)
        audit.record(db, actor=who, action=action, object_type="user", object_id=user_id,
                     outcome="failure", details=details)

    return followup


def _check_second_factor(db: Session, *, keys: KeyRing, user: User, otp: str | None) -> str | None:
    """The method name if `otp` is a valid TOTP or unused recovery code, else None."""
    if not otp:
        return None
    code = otp.strip().replace(" ", "")
    secret = keys.open(table="users", column="mfa_secret", row_id=user.id, blob=user.mfa_secret)
    if secret and code.isdigit():
        totp = pyotp.TOTP(secret)
        now = _now()
        for offset in (-1, 0, 1):
            moment = now + timedelta(seconds=30 * offset)
            step = totp.timecode(moment)
            if step > user.mfa_last_step and secrets.compare_digest(totp.at(moment), code):
                user.mfa_last_step = step  # a code is good once: replay is refused
                return "totp"
    digest = _recovery_digest(code)
    remaining = json.loads(user.recovery_codes)
    if digest in remaining:
        remaining.remove(digest)
        user.recovery_codes = json.dumps(remaining)
        return "recovery_code"
    return None


def authenticate(
    db: Session,
    *,
    keys: KeyRing,
    email: str,
    password: str,
    otp: str | None = None,
    source_addr: str = "local",
    lockout_threshold: int = LOCKOUT_THRESHOLD,
    lockout_minutes: int = LOCKOUT_MINUTES,
) -> Actor:
    """Check e-mail, password and (when enrolled) a TOTP or recovery code; audit the result."""
    user = db.scalar(select(User).where(User.email == email.strip().lower()))
    password_ok = _password_matches(user, password)
    failure = functools.partial(_failed_attempt, source_addr=source_addr, action="login.failed",
                                threshold=lockout_threshold, lock_minutes=lockout_minutes)
    if user is None or not user.active:
        raise AuthenticationFailed(
            "That e-mail and password do not match an active account.",
            hint="Check both and try again; an administrator can reset your password.",
            followup=failure(user_id=None, reason="unknown_or_inactive"))
    locked_until = _aware(user.locked_until)
    if locked_until and locked_until > _now():
        raise AccountLocked(
            "This account is locked after repeated failed sign-ins.",
            hint=f"Try again after {locked_until:%H:%M} UTC, or ask an administrator.",
            followup=failure(user_id=user.id, reason="locked", counts=False))
    if not password_ok:
        raise AuthenticationFailed(
            "That e-mail and password do not match an active account.",
            hint="Check both and try again; repeated failures lock the account.",
            followup=failure(user_id=user.id, reason="bad_password"))
    method = "password"
    if user.mfa_enabled:
        if not otp:
            raise MfaRequired("Enter the 6-digit code from your authenticator app.",
                              hint="Lost your phone? Use one of your recovery codes.",
                              user_id=user.id)
        second = _check_second_factor(db, keys=keys, user=user, otp=otp)
        if second is None:
            raise AuthenticationFailed(
                "That code is not valid (or was already used).",
                hint="Wait for the next code and try again, or use a recovery code.",
                followup=failure(user_id=user.id, reason="bad_otp"))
        method = f"password+{second}"
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    user.locked_until = None
    actor = actor_for(user, auth_method=method, source_addr=source_addr)
    audit.record(db, actor=actor, action="login.success", object_type="user", object_id=user.id)
    return actor


def reauthenticate(db: Session, *, keys: KeyRing, actor: Actor, password: str,
                   otp: str | None = None, purpose: str) -> str:
    """Ask a signed-in user to prove it is still them (before signing); returns the method."""
    user = db.get(User, actor.user_id)
    if user is None or not user.active:
        raise NotFound("Your account is no longer active.", hint="Ask an administrator.")
    failure = _failed_attempt(user_id=user.id, source_addr=actor.source_addr,
                              action="reauth.failed", reason=purpose,
                              threshold=LOCKOUT_THRESHOLD, lock_minutes=LOCKOUT_MINUTES)
    if not _password_matches(user, password):
        raise AuthenticationFailed("Your password was not right, so nothing was signed.",
                                   hint="Type your sign-in password again.", followup=failure)
    if user.mfa_enabled:
        second = _check_second_factor(db, keys=keys, user=user, otp=otp)
        if second is None:
            raise AuthenticationFailed("Signing needs a fresh code from your authenticator app.",
                                       hint="Enter the current 6-digit code.", followup=failure)
        return f"password+{second}"
    return "password"


def _recovery_digest(code: str) -> str:
    return hashlib.sha256(code.strip().lower().replace("-", "").encode()).hexdigest()


def begin_mfa_enrollment(db: Session, *, keys: KeyRing, actor: Actor) -> tuple[str, str]:
    """Give the user a new TOTP secret and its otpauth:// URI; not active until confirmed."""
    user = db.get(User, actor.user_id)
    if user is None:
        raise NotFound("Your account was not found.")
    if user.mfa_enabled:  # else a borrowed session could quietly switch the second factor off
        raise InvalidInput("Two-step sign-in is already on for your account.",
                           hint="For a new phone, ask an administrator to reset it (Users "
                                "page), then set it up again. Recovery codes work meanwhile.")
    secret = pyotp.random_base32()
    user.mfa_secret = keys.seal(table="users", column="mfa_secret", row_id=user.id, value=secret)
    audit.record(db, actor=actor, action="mfa.enroll_start", object_type="user", object_id=user.id)
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name="Sealnote")
    return secret, uri


def confirm_mfa_enrollment(db: Session, *, keys: KeyRing, actor: Actor, otp: str) -> list[str]:
    """Turn MFA on once the user proves their app works; returns single-use recovery codes."""
    user = db.get(User, actor.user_id)
    if user is None or user.mfa_secret is None:
        raise InvalidInput("Start MFA enrolment first.")
    if _check_second_factor(db, keys=keys, user=user, otp=otp) != "totp":
        raise InvalidInput("That code does not match; check the time on your phone and retry.")
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODE_COUNT)]
    user.recovery_codes = json.dumps([_recovery_digest(c) for c in codes])
    user.mfa_enabled = True
    audit.record(db, actor=actor, action="mfa.enabled", object_type="user", object_id=user.id)
    return codes


@dataclass(frozen=True)
class Access:
    """Why a permission was granted; `via` goes into the audit event of what follows."""

    permission: Permission
    via: str

    @property
    def flagged(self) -> bool:
        return self.via == "break_glass"

    def details(self) -> dict[str, str | bool]:
        return {"via": self.via, "break_glass": True} if self.flagged else {"via": self.via}


def _deny(*, actor: Actor, permission: Permission, client_id: str | None) -> PermissionDenied:
    def followup(db: Session) -> None:
        audit.record(db, actor=actor, action="access.denied", object_type="client",
                     object_id=client_id, client_id=client_id, outcome="denied",
                     details={"permission": permission.value})

    # The same words whether the client exists or not, so a refusal leaks nothing.
    return PermissionDenied("That record was not found, or you do not have access to it.",
                            hint="Ask the client's clinician or an administrator for access.",
                            followup=followup)


def require_practice(db: Session, *, actor: Actor, permission: Permission) -> Access:
    """Allow a practice-wide permission (not tied to one client) or raise PermissionDenied."""
    if actor.is_operator:
        return Access(permission, "operator")
    if any(permission in PRACTICE_WIDE.get(role, frozenset()) for role in actor.roles):
        return Access(permission, "role")
    raise _deny(actor=actor, permission=permission, client_id=None)


def _live_grant(db: Session, *, user_id: str, client_id: str) -> ClientGrant | None:
    now = _now()
    for grant in db.scalars(select(ClientGrant).where(
            ClientGrant.user_id == user_id, ClientGrant.client_id == client_id,
            ClientGrant.revoked_at.is_(None))):
        expires = _aware(grant.expires_at)
        if expires is None or expires > now:
            return grant
    return None


def authorize(db: Session, *, actor: Actor, permission: Permission, client_id: str) -> Access:
    """Allow `permission` on one client, saying why, or raise PermissionDenied (audited)."""
    if actor.is_operator:
        return Access(permission, "operator")
    client = db.get(Client, client_id)
    if client is None:
        raise _deny(actor=actor, permission=permission, client_id=None)
    if any(permission in PRACTICE_WIDE.get(role, frozenset()) for role in actor.roles):
        return Access(permission, "role")
    if (permission in CARE_TEAM and Role.CLINICIAN in actor.roles
            and client.primary_clinician_id == actor.user_id):
        return Access(permission, "own")
    if permission in CARE_TEAM:
        grant = _live_grant(db, user_id=actor.user_id, client_id=client_id)
        if grant is not None:
            return Access(permission, "break_glass" if grant.kind == "break_glass" else "grant")
    if permission in SUPERVISION and Role.SUPERVISOR in actor.roles:
        treating = db.get(User, client.primary_clinician_id)
        if treating is not None and treating.supervisor_id == actor.user_id:
            return Access(permission, "supervision")
    raise _deny(actor=actor, permission=permission, client_id=client_id)


def may(db: Session, *, actor: Actor, permission: Permission, client_id: str) -> bool:
    """Whether a permission holds, without recording a refusal (to decide what a page shows)."""
    try:
        authorize(db, actor=actor, permission=permission, client_id=client_id)
    except PermissionDenied:
        return False
    return True


def may_practice(db: Session, *, actor: Actor, permission: Permission) -> bool:
    """Whether a practice-wide permission holds, without recording a refusal."""
    try:
        require_practice(db, actor=actor, permission=permission)
    except PermissionDenied:
        return False
    return True


def active_clinicians(db: Session) -> list[User]:
    """Everyone who may treat clients, by name (for choosing a client's clinician)."""
    return [u for u in db.scalars(select(User).where(User.active.is_(True))
                                  .order_by(User.display_name))
            if Role.CLINICIAN in u.role_set]


def readable_client_ids(db: Session, *, actor: Actor, permission: Permission) -> list[str]:
    """The ids of every client on which `actor` holds `permission`."""
    ids = list(db.scalars(select(Client.id).order_by(Client.created_at)))
    allowed = []
    for client_id in ids:
        try:
            authorize(db, actor=actor, permission=permission, client_id=client_id)
        except PermissionDenied:
            continue
        allowed.append(client_id)
    return allowed


def grant_access(db: Session, *, keys: KeyRing, actor: Actor, user_id: str, client_id: str,
                 reason: str, days: int | None = None) -> ClientGrant:
    """Give another clinician access to a client (by the treating clinician or an admin)."""
    if not (actor.is_operator or Role.ADMIN in actor.roles):
        authorize(db, actor=actor, permission=Permission.CHART_WRITE, client_id=client_id)
    return _add_grant(db, keys=keys, actor=actor, user_id=user_id, client_id=client_id,
                      kind="grant", reason=reason,
                      expires_at=_now() + timedelta(days=days) if days else None)


def break_glass(db: Session, *, keys: KeyRing, actor: Actor, client_id: str,
                reason: str) -> ClientGrant:
    """Emergency access to a client outside one's caseload: reasoned, time-boxed, flagged."""
    if not actor.roles & MAY_BREAK_GLASS:
        raise _deny(actor=actor, permission=Permission.CHART_READ, client_id=client_id)
    if len(reason.strip()) < 10:
        raise InvalidInput("Say why you need emergency access (at least a short sentence).",
                           hint="The privacy officer reviews every break-the-glass access.")
    if db.get(Client, client_id) is None:
        raise _deny(actor=actor, permission=Permission.CHART_READ, client_id=None)
    return _add_grant(db, keys=keys, actor=actor, user_id=actor.user_id, client_id=client_id,
                      kind="break_glass", reason=reason,
                      expires_at=_now() + timedelta(hours=BREAK_GLASS_HOURS))


def _add_grant(db: Session, *, keys: KeyRing, actor: Actor, user_id: str, client_id: str,
               kind: str, reason: str, expires_at: datetime | None) -> ClientGrant:
    if db.get(User, user_id) is None:
        raise NotFound("That staff account does not exist.")
    grant_id = str(uuid.uuid4())
    grant = ClientGrant(
        id=grant_id, user_id=user_id, client_id=client_id, kind=kind,
        reason=keys.seal(table="client_grants", column="reason", row_id=grant_id,
                         value=reason.strip()) or b"",
        granted_by=actor.user_id, created_at=_now(), expires_at=expires_at)
    db.add(grant)
    db.flush()
    details: dict[str, str | bool] = {"grantee": user_id, "kind": kind}
    if kind == "break_glass":
        details["break_glass"] = True
    audit.record(db, actor=actor, action=f"access.{kind}", object_type="client_grant",
                 object_id=grant_id, client_id=client_id, details=details)
    return grant


# ---- browser sessions -----------------------------------------------------------------------

def _token_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(db: Session, *, user_id: str, auth_method: str, state: str = "active"
                  ) -> tuple[str, WebSession]:
    """A new browser session; returns the token for the cookie (stored only as a hash)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    row = WebSession(id=_token_id(token), user_id=user_id, state=state,
                     auth_method=auth_method, csrf_token=secrets.token_urlsafe(32),
                     created_at=now, last_seen_at=now)
    db.add(row)
    db.flush()
    return token, row


def find_session(db: Session, *, token: str | None, idle_minutes: float,
                 state: str = "active") -> WebSession | None:
    """The live session for a cookie token, touched; an idle one is ended and None returned."""
    if not token:
        return None
    row = db.get(WebSession, _token_id(token))
    if row is None or row.state != state:
        return None
    last = _aware(row.last_seen_at)
    if last is None or _now() - last > timedelta(minutes=idle_minutes):
        db.delete(row)
        return None
    row.last_seen_at = _now()
    return row


def end_session(db: Session, *, token: str | None) -> None:
    """Sign out: the session can no longer be used."""
    if token:
        row = db.get(WebSession, _token_id(token))
        if row is not None:
            db.delete(row)


def session_actor(db: Session, *, row: WebSession, source_addr: str) -> Actor | None:
    """The Actor behind a live session (None if the account was disabled meanwhile)."""
    user = db.get(User, row.user_id)
    if user is None or not user.active:
        return None
    return actor_for(user, auth_method=row.auth_method, source_addr=source_addr,
                     session_id=row.id[:16])


def complete_mfa(db: Session, *, keys: KeyRing, row: WebSession, otp: str,
                 source_addr: str) -> Actor:
    """Finish a sign-in whose password was right: check the code, make the session active."""
    user = db.get(User, row.user_id)
    if user is None or not user.active:
        raise NotFound("Your account is no longer active.", hint="Ask an administrator.")
    second = _check_second_factor(db, keys=keys, user=user, otp=otp)
    if second is None:
        raise AuthenticationFailed(
            "That code is not valid (or was already used).",
            hint="Wait for the next code and try again, or use a recovery code.",
            followup=_failed_attempt(user_id=user.id, source_addr=source_addr,
                                     action="login.failed", reason="bad_otp",
                                     threshold=LOCKOUT_THRESHOLD,
                                     lock_minutes=LOCKOUT_MINUTES))
    row.state, row.auth_method = "active", f"password+{second}"
    user.failed_logins = 0
    actor = actor_for(user, auth_method=row.auth_method, source_addr=source_addr)
    audit.record(db, actor=actor, action="login.success", object_type="user", object_id=user.id)
    return actor


# ---- API tokens -----------------------------------------------------------------------------

API_TOKEN_PREFIX = "snt_"  # noqa: S105 (a marker that makes leaked tokens findable)


def create_api_token(db: Session, *, actor: Actor, label: str) -> str:
    """A new bearer token acting as this user; shown once, stored only as a hash."""
    label = label.strip()
    if not label:
        raise InvalidInput("Give the token a name, such as the system that will use it.")
    token = API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(id=_token_id(token), user_id=actor.user_id, label=label[:100],
                   created_at=_now())
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="api_token.create", object_type="api_token",
                 object_id=row.id[:16])
    return token


def list_api_tokens(db: Session, *, actor: Actor) -> list[ApiToken]:
    """This user's tokens that still work."""
    return list(db.scalars(select(ApiToken).where(ApiToken.user_id == actor.user_id,
                                                  ApiToken.revoked_at.is_(None))
                           .order_by(ApiToken.created_at)))


def revoke_api_token(db: Session, *, actor: Actor, token_id: str) -> None:
    """Stop one of your tokens from working."""
    row = db.get(ApiToken, token_id)
    if row is None or row.user_id != actor.user_id or row.revoked_at is not None:
        raise NotFound("That token was not found.")
    row.revoked_at = _now()
    audit.record(db, actor=actor, action="api_token.revoke", object_type="api_token",
                 object_id=row.id[:16])


def token_actor(db: Session, *, token: str | None, source_addr: str) -> Actor | None:
    """The Actor a bearer token acts as, or None (unknown, revoked, or account disabled)."""
    if not token or not token.startswith(API_TOKEN_PREFIX):
        return None
    row = db.get(ApiToken, _token_id(token))
    if row is None or row.revoked_at is not None:
        return None
    user = db.get(User, row.user_id)
    if user is None or not user.active:
        return None
    row.last_used_at = _now()
    return actor_for(user, auth_method="api_token", source_addr=source_addr,
                     session_id=row.id[:16])
