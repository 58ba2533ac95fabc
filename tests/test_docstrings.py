"""Every example in the docstrings of the Python package runs and prints what it says."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "crosscheck",
    "crosscheck.accessor",
    "crosscheck.claims",
    "crosscheck.display",
    "crosscheck.frame",
    "crosscheck.io",
    "crosscheck.plot",
    "crosscheck.reconcile",
    "crosscheck.report",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} example(s) of {name} failed; see the output"
