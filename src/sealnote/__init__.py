"""Sealnote."""
