"""Sign-in, MFA, lockout, and who may do what to which client."""

from __future__ import annotations

import pyotp
import pytest
from sqlalchemy import select

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Permission
from sealnote.actor import Actor, operator
from sealnote.audit.models import AuditEvent
from sealnote.demo import DEMO_USERS, demo_actor
from sealnote.errors import (
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    MfaRequired,
    PermissionDenied,
)
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.models import Client

PASSWORD = "correct horse battery"


def make_user(practice: Practice, email: str = "kim@example.test", roles=("clinician",)) -> User:
    with practice.transaction() as db:
        return access.create_user(db, actor=operator(), email=email, display_name="Kim",
                                  roles=set(roles), password=PASSWORD)


def login(practice: Practice, email: str, password: str, otp: str | None = None) -> Actor:
    with practice.transaction() as db:
        return access.authenticate(db, keys=practice.keys, email=email, password=password,
                                   otp=otp, source_addr="192.0.2.10")


def events(practice: Practice, action: str) -> list[AuditEvent]:
    with practice.sessions() as db:
        return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_passwords_are_stored_as_argon2id_hashes(practice: Practice) -> None:
    user = make_user(practice)
    assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash


def test_short_passwords_are_refused(practice: Practice) -> None:
    with pytest.raises(InvalidInput, match="12 characters"), practice.transaction() as db:
        access.create_user(db, actor=operator(), email="a@b.test", display_name="A",
                           roles={"clinician"}, password="short")


def test_a_successful_login_is_audited_with_its_source(practice: Practice) -> None:
    make_user(practice)
    actor = login(practice, "KIM@example.test ", PASSWORD)
    assert actor.roles == {"clinician"} and actor.auth_method == "password"
    [event] = events(practice, "login.success")
    assert event.source_addr == "192.0.2.10" and event.actor_id == actor.user_id


def test_wrong_passwords_are_audited_and_lock_the_account(practice: Practice) -> None:
    user = make_user(practice)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            login(practice, user.email, "wrong password!!")
    with pytest.raises(AccountLocked):
        login(practice, user.email, PASSWORD)  # even the right password, while locked
    failures = events(practice, "login.failed")
    assert len(failures) == 6 and all(e.outcome == "failure" for e in failures)
    assert '"locked":true' in failures[4].details


def test_an_unknown_email_fails_like_a_wrong_password(practice: Practice) -> None:
    with pytest.raises(AuthenticationFailed) as err:
        login(practice, "nobody@example.test", PASSWORD)
    assert "do not match" in err.value.message
    [event] = events(practice, "login.failed")
    assert event.actor_id == "unknown" and "nobody" not in event.details


def test_totp_enrolment_verification_replay_and_recovery_codes(practice: Practice) -> None:
    user = make_user(practice)
    actor = login(practice, user.email, PASSWORD)
    with practice.transaction() as db:
        secret, uri = access.begin_mfa_enrollment(db, keys=practice.keys, actor=actor)
    assert uri.startswith("otpauth://totp/") and "Sealnote" in uri
    with practice.sessions() as db:
        stored = db.get(User, user.id)
        assert stored is not None and stored.mfa_secret and secret.encode() not in stored.mfa_secret
    enrolment_code = pyotp.TOTP(secret).now()
    with practice.transaction() as db:
        codes = access.confirm_mfa_enrollment(db, keys=practice.keys, actor=actor,
                                              otp=enrolment_code)
    assert len(codes) == 10
    with pytest.raises(MfaRequired):
        login(practice, user.email, PASSWORD)
    # The code used to confirm enrolment cannot be replayed.
    with pytest.raises(AuthenticationFailed):
        login(practice, user.email, PASSWORD, otp=enrolment_code)
    recovered = login(practice, user.email, PASSWORD, otp=codes[0])
    assert recovered.auth_method == "password+recovery_code"
    with pytest.raises(AuthenticationFailed):
        login(practice, user.email, PASSWORD, otp=codes[0])  # single use


# ---- authorisation --------------------------------------------------------------------------

def client_of(practice: Practice, clinician_key: str) -> str:
    owner = demo_actor(practice, clinician_key)
    with practice.sessions() as db:
        return next(c.id for c in db.scalars(select(Client))
                    if c.primary_clinician_id == owner.user_id)


# role -> (allowed on a client of Dr Reyes, refused on it)
MATRIX = {
    "reyes": ({Permission.NOTE_READ, Permission.NOTE_WRITE, Permission.CHART_READ,
               Permission.CHART_WRITE, Permission.CONSENT_WRITE}, set()),
    "okafor": (set(), {Permission.NOTE_READ, Permission.CHART_READ, Permission.DEMOGRAPHICS_READ,
                       Permission.NOTE_WRITE}),
    "desk": ({Permission.DEMOGRAPHICS_READ, Permission.DEMOGRAPHICS_WRITE,
              Permission.SCHEDULE_WRITE, Permission.CONSENT_WRITE},
             {Permission.NOTE_READ, Permission.NOTE_WRITE, Permission.CHART_READ,
              Permission.AUDIT_READ}),
    "lindqvist": ({Permission.AUDIT_READ, Permission.DEMOGRAPHICS_READ},
                  {Permission.NOTE_READ, Permission.CHART_WRITE, Permission.DEMOGRAPHICS_WRITE}),
    "admin": ({Permission.DEMOGRAPHICS_READ, Permission.USERS_MANAGE,
               Permission.PRACTICE_EXPORT},
              {Permission.NOTE_READ, Permission.NOTE_WRITE, Permission.CHART_READ}),
}


@pytest.mark.parametrize("who", sorted(MATRIX))
def test_each_role_reaches_exactly_what_it_should(demo: Practice, who: str) -> None:
    allowed, refused = MATRIX[who]
    actor = demo_actor(demo, who)
    client_id = client_of(demo, "reyes")
    for permission in allowed:
        with demo.transaction() as db:
            access.authorize(db, actor=actor, permission=permission, client_id=client_id)
    for permission in refused:
        with pytest.raises(PermissionDenied), demo.transaction() as db:
            access.authorize(db, actor=actor, permission=permission, client_id=client_id)
    denials = [e for e in events(demo, "access.denied") if e.actor_id == actor.user_id]
    assert len(denials) == len(refused)
    assert all(e.outcome == "denied" and e.client_id == client_id for e in denials)


def test_a_supervisor_reads_but_does_not_write_a_supervisees_clients(demo: Practice) -> None:
    supervisor = demo_actor(demo, "reyes")
    client_id = client_of(demo, "okafor")
    with demo.transaction() as db:
        granted = access.authorize(db, actor=supervisor, permission=Permission.NOTE_READ,
                                   client_id=client_id)
    assert granted.via == "supervision"
    with pytest.raises(PermissionDenied), demo.transaction() as db:
        access.authorize(db, actor=supervisor, permission=Permission.NOTE_WRITE,
                         client_id=client_id)


def test_front_desk_sees_demographics_without_the_clinical_family_picture(demo: Practice):
    client_id = client_of(demo, "reyes")
    desk = demo_actor(demo, "desk")
    with demo.transaction() as db:
        chart = records.get_chart(db, keys=demo.keys, actor=desk, client_id=client_id)
    assert chart.legal_name and chart.phone and chart.relatives == []


def test_break_the_glass_is_reasoned_time_boxed_and_flagged(demo: Practice) -> None:
    outsider = demo_actor(demo, "okafor")
    client_id = client_of(demo, "reyes")
    with pytest.raises(InvalidInput), demo.transaction() as db:
        access.break_glass(db, keys=demo.keys, actor=outsider, client_id=client_id, reason="x")
    with demo.transaction() as db:
        grant = access.break_glass(db, keys=demo.keys, actor=outsider, client_id=client_id,
                                   reason="Client in crisis called the on-call line tonight")
        assert grant.expires_at is not None
    with demo.transaction() as db:
        records.get_chart(db, keys=demo.keys, actor=outsider, client_id=client_id)
    [glass] = events(demo, "access.break_glass")
    assert '"break_glass":true' in glass.details and "crisis" not in glass.details
    reads = [e for e in events(demo, "chart.read") if e.actor_id == outsider.user_id]
    assert reads and '"break_glass":true' in reads[-1].details


def test_front_desk_cannot_break_the_glass(demo: Practice) -> None:
    desk, client_id = demo_actor(demo, "desk"), client_of(demo, "reyes")
    with pytest.raises(PermissionDenied), demo.transaction() as db:
        access.break_glass(db, keys=demo.keys, actor=desk, client_id=client_id,
                           reason="I would like to see it")


def test_a_grant_opens_a_client_to_a_colleague(demo: Practice) -> None:
    colleague = demo_actor(demo, "okafor")
    client_id, owner = client_of(demo, "reyes"), demo_actor(demo, "reyes")
    with demo.transaction() as db:
        access.grant_access(db, keys=demo.keys, actor=owner,
                            user_id=colleague.user_id, client_id=client_id,
                            reason="Covering while on leave", days=14)
    with demo.transaction() as db:
        assert access.authorize(db, actor=colleague, permission=Permission.NOTE_READ,
                                client_id=client_id).via == "grant"


def test_demo_accounts_are_marked_and_have_no_mfa(demo: Practice) -> None:
    with demo.sessions() as db:
        users = list(db.scalars(select(User).where(User.is_demo.is_(True))))
    assert len(users) == len(DEMO_USERS) and not any(u.mfa_enabled for u in users)
