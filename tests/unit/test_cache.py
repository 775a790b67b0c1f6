"""Work done once (edition.cache): a result is reused only for the very same inputs, a failure
is never reused, and `check --derive` is skipped only while no input of the project changed."""

from __future__ import annotations


import pytest

from conftest import copy_project, copy_whole_project, run_command
from edition.cache import CHECK_PASSED, Stamp, remembered


def test_a_result_is_computed_once_per_content_of_its_inputs(tmp_path):
    source = tmp_path / "input.txt"
    source.write_text("one", encoding="utf-8")
    calls = []

    def compute():
        calls.append(source.read_text(encoding="utf-8"))
        return calls[-1].upper()

    assert remembered(tmp_path, "upper", [source], compute) == "ONE"
    assert remembered(tmp_path, "upper", [source], compute) == "ONE"
    assert calls == ["one"]
    source.write_text("two", encoding="utf-8")
    assert remembered(tmp_path, "upper", [source], compute) == "TWO"
    assert remembered(tmp_path, "upper", [source], compute, salt="other words") == "TWO"
    assert calls == ["one", "two", "two"]  # a salt is an input too
    source.unlink()
    assert remembered(tmp_path, "upper", [source], lambda: "gone") == "gone"  # a missing file is an input


def test_a_failure_is_not_remembered(tmp_path):
    def fail():
        raise RuntimeError("PurgeCSS stopped")

    with pytest.raises(RuntimeError):
        remembered(tmp_path, "cut", [], fail)
    assert remembered(tmp_path, "cut", [], lambda: "cut") == "cut"


def test_a_stamp_holds_until_any_input_of_the_project_changes(tmp_path):
    project = tmp_path / "edition"
    copy_project(project)
    stamp = Stamp(project, CHECK_PASSED)
    assert not stamp.holds()
    stamp.set()
    assert stamp.holds()
    (project / "data" / "trade.csv").write_text("year\n", encoding="utf-8")
    assert not stamp.holds()


def check_derive(project):
    return run_command("check", "--derive", "--root", str(project), cwd=project)


def test_check_derive_is_skipped_on_unchanged_inputs_and_never_on_changed_ones(tmp_path):
    project = tmp_path / "edition"
    copy_whole_project(project, caches=True)  # the results kept per content, no stamp: the first check is whole
    first = check_derive(project)
    assert first.returncode == 0, first.stderr
    assert "every input as it was" not in first.stdout
    again = check_derive(project)
    assert again.returncode == 0 and "every input as it was at the last check that passed" in again.stdout
    table = project / "data" / "trade.csv"
    table.write_text(table.read_text(encoding="utf-8").replace("176.8", "167.8", 1), encoding="utf-8")
    broken = check_derive(project)
    assert broken.returncode == 1
    assert "data/trade.csv:" in broken.stderr


def test_data_are_validated_again_when_a_passage_changes_not_for_a_headnote(tmp_path, monkeypatch):
    from edition.bench import edit_headnote
    from edition.data import validate, validity

    project = copy_project(tmp_path / "edition")
    assert validity.validated(project) == []
    runs = []
    monkeypatch.setattr(validate, "validate_all", lambda root, **_: runs.append(root) or [])
    chapter = project / "book" / "zubok-1980s.md"
    edit_headnote(chapter)  # the editor's text: nothing the data checks read
    assert validity.validated(project) == [] and runs == []
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.replace("176.8 million rubles", "167.8 million rubles", 1), encoding="utf-8")
    assert validity.validated(project) == [] and runs == [project]  # a quoted passage changed: validated again


def test_a_table_is_validated_again_when_its_csv_or_a_file_its_checks_read_changes(tmp_path, monkeypatch):
    """Each table's result is kept under its CSV, its schema and the files its checks read: a
    change to any of them validates that table again (its problems found anew, also when the
    same problems are kept), and no other table."""
    from edition.data import validate, validity

    project = copy_project(tmp_path / "edition")
    assert validity.validated(project) == []
    runs, validate_table = [], validate.validate_table
    monkeypatch.setattr(validate, "validate_table", lambda name, **kw: runs.append(name) or validate_table(name, **kw))

    def validated_again(path: str, old: str, new: str) -> tuple[list, list[str]]:
        file = project / path
        file.write_text(file.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        runs.clear()
        return [str(p) for p in validity.validated(project)], sorted(runs)

    problems, tables = validated_again("data/trade.csv", "tr-001,1981,176.8,", "tr-001,1981,167.8,")
    assert tables == ["trade"] and problems and all(p.startswith("data/trade.csv:") for p in problems)
    runs.clear()
    assert [str(p) for p in validity.validated(project)] == problems and runs == []  # kept, and still reported
    assert validated_again("data/trade.csv", "tr-001,1981,167.8,", "tr-001,1981,176.8,") == ([], [])  # as it was
    schema = "data/schemas/shares.schema.yaml"
    assert validated_again(schema, "\n", "\n# a comment\n")[1] == ["shares"]
    notes = "data/editorial-notes.yml"  # read by the chronology's check of corrected dates alone
    assert validated_again(notes, "\n", "\n# a comment\n")[1] == ["chronology"]
    zubok = "book/zubok-1980s.md"  # quoted by every table of passages; not by the index, nor the leaders
    assert validated_again(zubok, "176.8 million rubles", "167.8 million rubles")[1] == \
        ["chronology", "footnote_citations", "shares", "trade"]


def test_citation_records_are_formatted_again_for_a_new_section_title_not_for_a_headnote(tmp_path):
    """What the records are formatted from (`records_read`) ignores the editor's prose and the
    text, and holds every title and section a record shows."""
    from edition.bench import edit_headnote
    from edition.catalogue import read_catalogue
    from edition.chapter import read_chapter
    from edition.citing import Edition
    from edition.sphinx_ext.state import records_read

    project = copy_project(tmp_path / "edition")
    edition = Edition("An Edition", "1.0", "2026-01-01")
    before = records_read(project, edition)
    text = next(t for t in read_catalogue(project).texts if read_chapter(t.chapter).sections)
    edit_headnote(text.chapter)
    assert records_read(project, edition) == before
    section = read_chapter(text.chapter).sections[0].text(corrected=True).strip()
    chapter = text.chapter.read_text(encoding="utf-8")
    text.chapter.write_text(chapter.replace(f" {section}\n", f" {section} retitled\n", 1), encoding="utf-8")
    assert f"{section} retitled" in records_read(project, edition)


def test_a_project_that_cannot_be_written_still_gets_its_result(tmp_path):
    (tmp_path / ".cache").write_text("a file where the cache folder would go", encoding="utf-8")
    assert remembered(tmp_path, "upper", [], lambda: "computed") == "computed"
    assert remembered(tmp_path, "upper", [], lambda: "computed again") == "computed again"  # nothing kept


def test_a_chapter_model_is_kept_across_processes_per_content(tmp_path, monkeypatch):
    from edition.chapter import parse
    from edition.chapter import read_chapter

    project = copy_project(tmp_path / "edition")
    chapter = next((project / "book").glob("zubok-1980s.md"))
    parse._read.cache_clear()  # as a new process: nothing in memory
    first = read_chapter(chapter)
    parse._read.cache_clear()

    def not_again(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(parse, "_parse", not_again)
    assert read_chapter(chapter).title.text() == first.title.text()  # from .cache/edition
    chapter.write_text(chapter.read_text(encoding="utf-8").replace(first.title.text(), "A Changed Title", 1),
                       encoding="utf-8")
    parse._read.cache_clear()
    with pytest.raises(AssertionError, match="parsed again"):
        read_chapter(chapter)  # another text: never the kept model
    monkeypatch.undo()
    assert read_chapter(chapter).title.text() == "A Changed Title"


def test_old_entries_are_pruned_by_their_own_name_only(tmp_path):
    from edition.cache import KEPT_PER_NAME

    for n in range(KEPT_PER_NAME + 3):
        remembered(tmp_path, "chapter-a", [], lambda: n, salt=str(n))
        remembered(tmp_path, "chapter-a-copy02", [], lambda: n, salt=str(n))
    kept = sorted(p.name.rsplit("-", 1)[0] for p in (tmp_path / ".cache" / "edition").iterdir())
    assert kept.count("chapter-a") == KEPT_PER_NAME and kept.count("chapter-a-copy02") == KEPT_PER_NAME
