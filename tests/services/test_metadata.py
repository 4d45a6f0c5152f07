"""Citation formats (app/services/metadata.py) of a CitableItem built from plain model objects: no database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from app.models.content_types import KNOWLEDGE, POSITION_PAPERS
from app.models.knowledge import KnowledgeItem
from app.models.organisation import Organisation
from app.models.position_paper import PositionPaper
from app.models.theme import Theme
from app.services.metadata import PLATFORM_PUBLISHER, CitableItem, CitationFormat, bibtex, citation, csl_json, ris

PUBLISHED = datetime(2024, 5, 6, 7, 8, tzinfo=UTC)
URL = "https://kennisbank.example/api/v1/knowledge-items/vrede"
PEACE = Theme(id=1, slug="vvv", name_nl="Vrede en veiligheid", name_en="Peace and security")
ATRIA = Organisation(id=2, slug="atria", name="Atria", kind="knowledge_institute")
ODD = Organisation(id=3, slug="odd", name="Smith & {Jones} 100%", kind="member")
PUBLISHER = Organisation(id=4, slug="wo-men", name="WO=MEN", kind="member")


def knowledge(title: str = "Vrede", *, kind: str = "report", language: str = "nl", **fields: Any) -> KnowledgeItem:
    values: dict[str, Any] = {"summary": None, "tags": []} | fields
    return KnowledgeItem(
        id=7, slug="vrede", title=title, kind=kind, language=language, status="published", published_at=PUBLISHED,
        **values,
    )  # fmt: skip


def citable(item: Any, *, spec: Any = KNOWLEDGE, **relations: Any) -> CitableItem:
    values: dict[str, Any] = {"themes": [], "authors": [], "publishers": [], "attachments": [], "translation_url": None}
    return CitableItem(spec=spec, item=item, url=URL, **(values | relations))


def bibtex_fields(text: str) -> dict[str, str]:
    """``name = {value}`` lines of one entry."""
    lines = text.strip().splitlines()[1:-1]
    return dict(line.strip().rstrip(",").split(" = ", 1) for line in lines)


# ----- BibTeX -----


@pytest.mark.parametrize(
    ("title", "escaped"),
    [
        ("Vrede & veiligheid", r"Vrede \& veiligheid"),
        ("100% {zeker}", r"100\% \{zeker\}"),
        ("$5 #1 a_b", r"\$5 \#1 a\_b"),
        ("a~b^c", r"a\textasciitilde{}b\textasciicircum{}c"),
        ("C:\\pad", r"C:\textbackslash{}pad"),
        ("Oriëntatie op NAP 1325", "Oriëntatie op NAP 1325"),
    ],
)
def test_bibtex_escapes_every_special_character_of_a_title(title: str, escaped: str) -> None:
    assert bibtex_fields(bibtex(citable(knowledge(title))))["title"] == "{{" + escaped + "}}"


def test_a_backslash_is_escaped_before_the_braces_its_replacement_brings() -> None:
    # \textbackslash{} must come out whole, not as \textbackslash\{\}.
    text = bibtex(citable(knowledge("a\\b")))
    assert r"a\textbackslash{}b" in text and r"\textbackslash\{" not in text


def test_bibtex_folds_whitespace_so_a_value_stays_on_one_line() -> None:
    text = bibtex(citable(knowledge("Twee\n  regels", summary="Eerste regel.\r\n\tTweede regel.")))
    fields = bibtex_fields(text)
    assert fields["title"] == "{{Twee regels}}"
    assert fields["abstract"] == "{Eerste regel. Tweede regel.}"


def test_organisations_are_braced_whole_and_joined_with_and() -> None:
    fields = bibtex_fields(bibtex(citable(knowledge(), authors=[ATRIA, ODD])))
    assert fields["author"] == r"{{Atria} and {Smith \& \{Jones\} 100\%}}"


def test_a_report_is_a_techreport_with_its_institution_and_type() -> None:
    text = bibtex(citable(knowledge(), authors=[ATRIA], publishers=[PUBLISHER], themes=[PEACE]))
    assert text.startswith("@techreport{vrede,\n") and text.endswith("\n}\n")
    fields = bibtex_fields(text)
    assert fields["institution"] == "{WO=MEN}" and fields["type"] == "{Report}"
    assert (fields["year"], fields["month"], fields["date"]) == ("{2024}", "{5}", "{2024-05-06}")
    assert fields["language"] == "{dutch}" and fields["url"] == "{" + URL + "}"
    assert fields["keywords"] == "{Vrede en veiligheid}"
    assert "publisher" not in fields and "howpublished" not in fields


def test_a_report_without_publishers_names_its_authors_as_institution() -> None:
    fields = bibtex_fields(bibtex(citable(knowledge(), authors=[ATRIA, ODD])))
    assert fields["institution"] == r"{Atria; Smith \& \{Jones\} 100\%}"


def test_news_is_misc_with_a_publisher_and_a_url_to_follow() -> None:
    item = knowledge("Update", kind="news", language="en", tags=["csw"])
    fields = bibtex_fields(bibtex(citable(item, publishers=[PUBLISHER], themes=[PEACE])))
    assert bibtex(citable(item)).startswith("@misc{vrede,")
    assert fields["publisher"] == "{WO=MEN}" and fields["howpublished"] == r"{\url{" + URL + "}}"
    assert fields["language"] == "{english}"
    assert fields["keywords"] == "{Peace and security, csw}"  # English items name themes in English
    assert "institution" not in fields and "type" not in fields


def test_an_entry_without_authors_summary_or_keywords_leaves_those_fields_out() -> None:
    fields = bibtex_fields(bibtex(citable(knowledge(kind="toolkit"))))
    assert not {"author", "abstract", "keywords", "publisher"} & fields.keys()


def test_the_braces_of_an_entry_balance_once_escaped_ones_are_removed() -> None:
    item = knowledge("{{{ open", summary="} close }}}", tags=["{"])
    text = bibtex(citable(item, authors=[ODD], themes=[PEACE]))
    unescaped = text.replace(r"\{", "").replace(r"\}", "")
    assert unescaped.count("{") == unescaped.count("}")


# ----- RIS -----


def ris_lines(text: str) -> list[str]:
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return text.split("\r\n")[:-1]


def test_ris_has_crlf_lines_in_tag_order_and_ends_with_er() -> None:
    item = knowledge("Vrede", summary="Kort.", tags=["NAP-1325"])
    lines = ris_lines(ris(citable(item, authors=[ATRIA, ODD], publishers=[PUBLISHER], themes=[PEACE])))
    assert lines == [
        "TY  - RPRT",
        "TI  - Vrede",
        "AU  - Atria",
        "AU  - Smith & {Jones} 100%",
        "PB  - WO=MEN",
        "PY  - 2024",
        "DA  - 2024/05/06/",
        "LA  - nl",
        "M3  - report",
        f"UR  - {URL}",
        "AB  - Kort.",
        "KW  - Vrede en veiligheid",
        "KW  - NAP-1325",
        "ER  - ",
    ]


def test_ris_folds_line_breaks_so_no_value_starts_a_tag_of_its_own() -> None:
    item = knowledge("Titel\r\nER  - ", summary="een\ntwee\n\nTY  - JOUR")
    lines = ris_lines(ris(citable(item)))
    assert "TI  - Titel ER -" in lines and "AB  - een twee TY - JOUR" in lines
    assert [line[:2] for line in lines].count("ER") == 1 and [line[:2] for line in lines].count("TY") == 1


def test_ris_types_follow_the_kind() -> None:
    assert ris_lines(ris(citable(knowledge(kind="publication"))))[0] == "TY  - GEN"
    assert ris_lines(ris(citable(knowledge(kind="event_report"))))[0] == "TY  - RPRT"


# ----- CSL-JSON -----


def test_csl_json_keeps_text_as_it_is_and_dates_as_parts() -> None:
    item = knowledge("Vrede & {veiligheid}", summary="Regel een\nregel twee", tags=["nap"])
    [entry] = csl_json(citable(item, authors=[ODD], publishers=[PUBLISHER], themes=[PEACE]))
    assert entry == {
        "id": "knowledge-item-7",
        "type": "report",
        "title": "Vrede & {veiligheid}",
        "author": [{"literal": "Smith & {Jones} 100%"}],
        "issued": {"date-parts": [[2024, 5, 6]]},
        "language": "nl",
        "genre": "report",
        "URL": URL,
        "publisher": "WO=MEN",
        "abstract": "Regel een\nregel twee",
        "keyword": "Vrede en veiligheid, nap",
    }


def test_csl_json_leaves_out_what_the_item_does_not_have() -> None:
    [entry] = csl_json(citable(knowledge(kind="news")))
    assert entry["type"] == "article" and entry["author"] == []
    assert not {"publisher", "abstract", "keyword"} & entry.keys()


# ----- position papers: the platform publishes them -----


def test_a_position_paper_is_published_by_the_platform_and_authored_by_its_signatories() -> None:
    paper = PositionPaper(
        id=9, slug="inbreng", title="Inbreng CSW69", language="nl", status="published", published_at=PUBLISHED,
        audience=["un_csw"],
    )  # fmt: skip
    item = citable(paper, spec=POSITION_PAPERS, authors=[ATRIA], publishers=[PUBLISHER])
    fields = bibtex_fields(bibtex(item))
    assert fields["institution"] == "{" + PLATFORM_PUBLISHER + "}" and fields["type"] == "{Position paper}"
    assert f"PB  - {PLATFORM_PUBLISHER}" in ris_lines(ris(item)) and "PB  - WO=MEN" not in ris_lines(ris(item))
    [entry] = csl_json(item)
    assert entry["id"] == "position-paper-9" and entry["publisher"] == PLATFORM_PUBLISHER
    assert entry["genre"] == "position paper"


def test_citation_renders_each_format_as_the_text_of_the_document() -> None:
    item = citable(knowledge(), authors=[ATRIA])
    assert orjson.loads(citation(item, CitationFormat.csl_json)) == csl_json(item)
    assert citation(item, CitationFormat.bibtex) == bibtex(item)
    assert citation(item, CitationFormat.ris) == ris(item)
