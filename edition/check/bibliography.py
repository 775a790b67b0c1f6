"""The curated bibliography (data/bibliography-curated.yml): completions and works named in the texts."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..citations.curated import read_curated
from ..problems import Problem


def check(catalogue: Catalogue) -> list[Problem]:
    return list(read_curated(catalogue.root / "data" / "bibliography-curated.yml", catalogue.root).problems)
