"""The shapes of a chart and of what services hand back (plain values, already decrypted)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class Address(BaseModel):
    model_config = ConfigDict(extra="forbid")
    street: str | None = None
    unit: str | None = None
    city: str | None = None
    county: str | None = None
    state: str | None = None
    zip: str | None = None


class Person(BaseModel):
    """A relative, household member or emergency contact."""

    model_config = ConfigDict(extra="forbid")
    name: str
    relationship: str
    phone: str | None = None
    household: bool = False


class Chart(BaseModel):
    """What the record knows about a client; every field is sealed at rest."""

    model_config = ConfigDict(extra="forbid")
    legal_name: str = Field(min_length=1)
    preferred_name: str | None = None
    nicknames: list[str] = Field(default_factory=list)
    date_of_birth: date | None = None
    address: Address | None = None
    phone: str | None = None
    email: str | None = None
    insurance_member_id: str | None = None
    mrn: str | None = None
    emergency_contact: Person | None = None
    relatives: list[Person] = Field(default_factory=list)
    employer: str | None = None
    school: str | None = None

    @property
    def display_name(self) -> str:
        if self.preferred_name:
            surname = self.legal_name.split()[-1]
            return f"{self.preferred_name} {surname}"
        return self.legal_name


# Front desk and admin see demographics, not the clinical picture of the family.
CLINICAL_ONLY_FIELDS = frozenset({"relatives"})


class AddendumView(BaseModel):
    id: str
    author_id: str
    reason: str
    body: str
    signed_at: str
    content_hash: str
    intact: bool


class NoteView(BaseModel):
    id: str
    client_id: str
    session_id: str | None
    author_id: str
    format: str
    status: str
    body: str
    revision: int
    content_hash: str | None
    signed_by: str | None
    signed_at: str | None
    intact: bool
    addenda: list[AddendumView] = Field(default_factory=list)
