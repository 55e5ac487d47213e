"""Data-only modules: word lists and tables, each naming where it comes from.

Nothing in here runs logic at import time beyond building frozensets and dicts.
"""
