"""Sphinx configuration of the crosscheck API reference (built from the docstrings).

Build it with ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` (warnings are
errors: a docstring that does not render is a failed build). It documents the installed
package, so install crosscheck first (``pip install .``).
"""

from __future__ import annotations

import crosscheck

project = "crosscheck"
author = "the crosscheck authors"
release = crosscheck.__version__
version = release

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.autosummary"]
napoleon_google_docstring = False
napoleon_numpy_docstring = True
napoleon_use_rtype = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
autosummary_generate = False
html_theme = "alabaster"
html_static_path: list[str] = []
exclude_patterns = ["_build"]
# Names from optional libraries that appear in signatures, resolved loosely.
nitpicky = False
