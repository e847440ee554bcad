"""The PHI boundary: find identifiers, replace them, let nothing out unproven, put them back.

A pure library: no database, no network, no audit calls. Callers hand it the identifiers the
chart already knows and record what it reports.
"""
