"""Breach response: incidents, scope from the audit log, the four-factor assessment, deadlines
and notification letters (45 CFR 164.400-414)."""
