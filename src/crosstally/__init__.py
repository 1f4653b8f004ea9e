"""Crosstally: a ledger of reported conflict figures."""
__version__ = "0.1.0"
