"""Every command has help, and docs/cli-reference.md is current."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def _reference_module():
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_cli_docs_every_command_has_help_with_example(name):
    res = CliRunner().invoke(cli, [name, "--help"])
    assert res.exit_code == 0
    assert "Example:" in res.output, f"{name} --help has no example"


def test_cli_docs_reference_is_current():
    want = _reference_module().reference()
    got = (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    assert got == want, "run: python scripts/cli_reference.py"
