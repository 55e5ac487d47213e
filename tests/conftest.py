"""Hypothesis profiles for the property tests (``tests/test_properties.py``).

- ``ci`` (the default): 300 examples per property (about 3,300 in
  ``tests/test_properties.py``), derandomized so that a CI run is repeatable,
  no example database, no deadline (a shared 2-core machine has noisy timings).
- ``nightly``: twenty times as many examples, random seeds, for a long fuzzing
  run: ``pytest tests/test_properties.py --hypothesis-profile=nightly``.
- ``dev``: a quick look while editing: ``--hypothesis-profile=dev``.

A test that sets its own ``@settings(max_examples=...)`` (a few in
``test_schema.py`` and ``test_serialize.py``, and one count check in
``test_quotes.py``) keeps that count under every profile; the property tests
of ``test_properties.py`` and the quote invariants of ``test_quotes.py``
scale from the profile.

A failure found by any profile is minimised by hypothesis; keep the
reproducer as a fixture under ``fixtures/regressions/`` (see its README).
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": (HealthCheck.too_slow, HealthCheck.data_too_large),
    "print_blob": True,
}

#: examples per property test under each profile; the tests scale from ``max_examples``.
settings.register_profile("ci", max_examples=300, derandomize=True, database=None, **_COMMON)
settings.register_profile("nightly", max_examples=6000, **_COMMON)
settings.register_profile("dev", max_examples=50, **_COMMON)
settings.load_profile("ci")
