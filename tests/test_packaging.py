"""Packaging metadata that keeps installs quiet (issue 12, item 6)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_license_is_an_spdx_expression_and_setuptools_reads_it():
    meta = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    assert meta["project"]["license"] == "MIT"  # PEP 639: a string, not a table
    assert not any(c.startswith("License ::") for c in meta["project"].get("classifiers", []))
    (setuptools,) = [r for r in meta["build-system"]["requires"] if r.startswith("setuptools")]
    assert int(re.search(r">=(\d+)", setuptools).group(1)) >= 77  # first to read PEP 639
