"""Word lists as data: sections, generated Traditional forms, and the strip stage's vocabulary kept out of code."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from webclean.core.data import read_terms
from webclean.core.script import with_traditional
from webclean.core.vocabulary import alternation, read_vocabulary, trie_pattern

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "webclean" / "data"


def test_sections_hold_their_own_lines_and_an_unknown_one_is_an_error() -> None:
    assert read_terms("boilerplate_breadcrumb.txt", "home")[0] == "首页"
    assert "首页" not in read_terms("boilerplate_breadcrumb.txt", "label")
    assert read_terms("chrome_hints.txt", "share tokens") == ()          # a section may be empty
    with pytest.raises(KeyError, match="no section"):
        read_terms("chrome_hints.txt", "share token")


def test_a_phrase_in_brackets_is_an_entry_not_a_section() -> None:
    # Section names are ASCII; "[编辑]" would be a phrase.
    from webclean.core import data
    assert data._HEADER.fullmatch("[编辑]") is None and data._HEADER.fullmatch("[tag label]") is not None


def test_traditional_forms_follow_each_word_once() -> None:
    assert with_traditional(["网站首页", "网站首页", "首页"]) == ("网站首页", "網站首頁", "首页", "首頁")
    assert with_traditional(["English"]) == ("English",)


def test_regex_entries_are_taken_as_written_and_words_escaped() -> None:
    terms = read_vocabulary("boilerplate_app.txt")
    assert any(t.startswith("re:") for t in terms)
    pattern = re.compile(alternation(["a.b", "re:c.d"]))
    assert pattern.fullmatch("a.b") and not pattern.fullmatch("axb") and pattern.fullmatch("cxd")
    assert alternation(["展开", "展开全文"]) == "展开全文|展开"                  # longest first
    assert re.fullmatch(trie_pattern(["qq空间", "qq"]), "QQ空间")             # Latin letters in either case


# Files whose Chinese entries are written once, in Simplified, and loaded with their Traditional forms.
GENERATED = sorted(p.name for p in DATA.glob("*.txt")
                   if p.name.startswith(("boilerplate_", "spam_", "page_controls", "image_credits", "metadata_labels",
                                         "credit_words", "outlet_names")))
# 於 is a surname of its own as well as the Traditional form of the surname 于: both are listed.
NOT_CHECKED = {"surnames.txt"}


@pytest.mark.parametrize("name", GENERATED)
def test_no_word_is_written_twice_in_two_scripts(name: str) -> None:
    """A Traditional form OpenCC generates from another entry of the same section is not written by hand."""
    from webclean.core.data import _sections
    assert name not in NOT_CHECKED
    for section, entries in _sections(name).items():
        plain = {e for e in entries if not e.startswith("re:")}
        for entry in plain:
            generated = (set(with_traditional([entry])) - {entry}) & plain
            assert not generated, f"{name} [{section}]: {sorted(generated)} generated from {entry}"


def _survey():
    spec = importlib.util.spec_from_file_location("inline_survey", ROOT / "scripts" / "inline_survey.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_strip_keeps_its_words_in_data_files_and_names_its_thresholds() -> None:
    totals = _survey().survey(["strip"])
    assert totals[("strip", "thresholds")] == 0
    # one word is left, and it is structure: the "www" that opens a domain-like token
    assert totals[("strip", "vocabulary")] <= 1


def test_the_survey_finds_inline_words_and_thresholds() -> None:
    import ast
    survey = _survey()
    tree = ast.parse('import re\n_X = re.compile(r"责任编辑|[来來]\\s?源|\\d{4}")\n'
                     'LIMIT = 30\ndef f(t):\n    return len(t) > 200 and len(t) < LIMIT and t[:2] == "ab"\n')
    assert survey.vocabulary(tree) == 2          # two literal words, not the digit pattern
    assert survey.thresholds(tree) == 1          # 200, not the named LIMIT or the index 2
