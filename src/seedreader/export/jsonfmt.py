"""JSON exports: compare().to_dict() plus the pair's facts; the corpus report as data."""

from __future__ import annotations

import json

from ..models import Comparison, Source
from .common import SCHEMA_VERSION
from .factview import FactsView
from .report import CorpusReport


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _about(source: Source) -> dict:
    return {"outlet": source.outlet, "published": source.published, "url": source.url}


def pair_dict(comparison: Comparison, facts: FactsView | None) -> dict:
    """``compare().to_dict()``, each side with its outlet, published and url, plus the facts."""
    data = comparison.to_dict()
    data["left"].update(_about(comparison.left))
    data["right"].update(_about(comparison.right))
    return {"schema_version": SCHEMA_VERSION, "kind": "pair", **data,
            "facts": facts.to_dict() if facts is not None else None}


def render_pair_json(comparison: Comparison, facts: FactsView | None) -> str:
    return _dump(pair_dict(comparison, facts))


def render_report_json(report: CorpusReport) -> str:
    sources = [
        {"id": s.id, "title": s.title, **_about(s), "paragraphs": len(s.paragraphs),
         "words": len(s.text.split())}
        for s in report.sources
    ]
    relations = [
        {"sources": [r.a.id, r.b.id], "similarity": round(r.similarity, 4), "verdict": r.verdict}
        for r in report.relations
    ]
    data = {
        "schema_version": SCHEMA_VERSION,
        "kind": "corpus_report",
        "corpus": report.name,
        "base": report.base.id,
        "sources": sources,
        "similarity": {
            "ids": [s.id for s in report.sources],
            "matrix": [[round(v, 4) for v in row] for row in report.matrix],
        },
        "relations": relations,
        "comparisons": [c.to_dict() for c in report.comparisons],
        "facts": report.facts.to_dict(),
    }
    return _dump(data)
