"""The notices an incident needs, in plain language: the letter to each individual with every
element 164.404(c) requires, the substitute notice, the media notice, and a summary of what the
HHS breach portal asks for. The privacy officer reviews and edits them before sending."""

from __future__ import annotations

from sealnote.breach import rules
from sealnote.breach.service import SOURCES, Contact, IncidentView
from sealnote.documents import Letter

PROTECTIVE_STEPS = {
    "Social Security number": "Place a free fraud alert or credit freeze with the three credit "
                              "bureaus (Equifax, Experian, TransUnion), and review your credit "
                              "reports at annualcreditreport.com.",
    "insurance member ID": "Review the statements (Explanation of Benefits) from your health "
                           "plan and tell the plan about any service you did not receive.",
    "payment details": "Watch your bank and card statements and tell your bank about any "
                       "charge you do not recognise.",
    "phone or e-mail": "Be wary of calls, texts or e-mails that mention your care; we will "
                       "never ask for your password or payment details by e-mail.",
}
GENERAL_STEP = ("Keep this letter. If anyone contacts you about your treatment with us, or "
                "you notice anything that worries you, contact us using the details below.")


def _day(value: object) -> str:
    return value.strftime("%B %-d, %Y") if hasattr(value, "strftime") else "an unknown date"


def _what_happened(incident: IncidentView, practice: str) -> str:
    occurred = (f"On {_day(incident.occurred_on)}" if incident.occurred_on
                else "On a date we have not yet been able to establish")
    how = SOURCES.get(incident.source, incident.source).lower()
    return (f"{occurred}, an incident at {practice} exposed some of your health information "
            f"({how}). We discovered it on {_day(incident.discovered_on)}. "
            f"{incident.description}")


def individual_letter(incident: IncidentView, contact: Contact, *,
                      doing: str = "") -> Letter:
    """The letter to each affected person: every element of 164.404(c), in plain words."""
    kinds = incident.phi_types or ["your name and information about your care"]
    steps = [PROTECTIVE_STEPS[k] for k in kinds if k in PROTECTIVE_STEPS] + [GENERAL_STEP]
    doing = doing or ("We are investigating what happened, we have taken steps to stop it "
                      "from happening again, and we are reviewing how we protect your "
                      "information, including staff training and our security safeguards.")
    letter = Letter(f"Notice of a privacy incident at {contact.practice}")
    letter.paragraph("We are writing to tell you about an incident that involved some of your "
                     "health information, what we are doing about it, and what you can do.")
    letter.heading("What happened")
    letter.paragraph(_what_happened(incident, contact.practice))
    letter.heading("What information was involved")
    letter.bullets(kinds)
    letter.heading("What you can do")
    letter.bullets(steps)
    letter.heading("What we are doing")
    letter.paragraph(doing)
    letter.heading("For more information")
    letter.paragraph("If you have questions, please contact us:")
    letter.bullets(contact.lines())
    letter.paragraph("We are sorry this happened and for the worry it may cause you.")
    return letter


def substitute_notice(incident: IncidentView, contact: Contact) -> Letter:
    """The notice for people whose contact details are out of date (164.404(d)(2))."""
    letter = Letter(f"{contact.practice}: notice of a privacy incident")
    letter.paragraph(f"Required method: {rules.substitute_notice(incident.out_of_date_contacts)}.")
    letter.heading("What happened")
    letter.paragraph(_what_happened(incident, contact.practice))
    letter.heading("What information was involved")
    letter.bullets(incident.phi_types or ["names and information about care"])
    letter.heading("How to find out whether you were affected")
    letter.bullets(contact.lines())
    return letter


def media_notice(incident: IncidentView, contact: Contact) -> Letter:
    """The notice to prominent media outlets in each state with more than 500 affected
    residents (164.406)."""
    states = ", ".join(incident.deadlines.media_states) or "(none required)"
    letter = Letter(f"Media notice: privacy incident at {contact.practice}")
    letter.paragraph(f"For release to prominent media outlets serving: {states}.")
    letter.paragraph(f"{contact.practice} is notifying about {incident.total} individuals of an "
                     "incident involving their health information.")
    letter.heading("What happened")
    letter.paragraph(_what_happened(incident, contact.practice))
    letter.heading("What information was involved")
    letter.bullets(incident.phi_types or ["names and information about care"])
    letter.heading("What people can do")
    letter.bullets([GENERAL_STEP])
    letter.heading("Contact")
    letter.bullets(contact.lines())
    return letter


def hhs_summary(incident: IncidentView, contact: Contact) -> Letter:
    """What the HHS breach portal will ask for, filled in from the incident."""
    d = incident.deadlines
    route = ("with the individual notices (500 or more affected)" if d.hhs_route ==
             "with_individuals" else "in the annual log of breaches under 500")
    media_pending = "not yet" if d.media_states else "not required"
    letter = Letter("HHS breach report: what the portal asks for")
    letter.bullets([
        f"Covered entity: {contact.practice}",
        f"Breach start date: {incident.occurred_on or 'unknown'}; "
        f"discovered: {incident.discovered_on}",
        f"Approximate number of individuals affected: {incident.total}",
        f"Type of breach: {SOURCES.get(incident.source, incident.source)}",
        "Location of the breached information: (choose in the portal: laptop, desktop, "
        "network server, e-mail, paper, other portable device, electronic medical record)",
        "Type of PHI involved: " + (", ".join(incident.phi_types) or "unknown"),
        f"Business associate involved: {incident.business_associate or 'no'}",
        "Safeguards in place before the breach, and actions taken in response: "
        "(describe them in the portal)",
        f"Individual notice sent: {incident.notices.get('individuals', 'not yet')}; "
        f"substitute notice: {incident.notices.get('substitute', 'not recorded')}; "
        f"media notice: {incident.notices.get('media', media_pending)}",
        f"When to submit: {route}, by {d.hhs or 'n/a'}",
    ])
    return letter


LETTERS = {"individual": individual_letter, "substitute": substitute_notice,
           "media": media_notice, "hhs": hhs_summary}
