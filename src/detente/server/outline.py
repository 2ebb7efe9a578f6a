"""Build ``static/world-110m.geojson`` from the ``world-atlas`` npm package (development time).

The dashboard draws its map from this bundled outline, so nothing is fetched at run time.
``world-atlas`` 2.0.2 ships Natural Earth 1:110m country shapes (public domain) as TopoJSON;
this decodes the arcs, rounds coordinates to 0.1 degree and drops repeated points.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m detente.server.outline package/countries-110m.json src/detente/server/static/world-110m.geojson
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    out: list[list[float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        for j, (lon, lat) in enumerate(points):
            if out and j == 0:
                continue
            p = [round(lon, 1), round(lat, 1)]
            if not out or out[-1] != p:
                out.append(p)
    return out


def topo_to_geojson(topology: dict[str, Any], name: str = "countries") -> dict[str, Any]:
    """A FeatureCollection of the ``name`` object's polygons, with ``name`` and ``id`` kept."""
    arcs = _decode_arcs(topology)
    features = []
    for geom in topology["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        rings = [[_ring(r, arcs) for r in poly] for poly in polys]
        rings = [[r for r in poly if len(r) >= 4] for poly in rings]
        rings = [poly for poly in rings if poly]
        features.append({"type": "Feature", "id": geom.get("id"),
                         "properties": {"name": geom.get("properties", {}).get("name")},
                         "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    src, dst = Path(argv[0]), Path(argv[1])
    geo = topo_to_geojson(json.loads(src.read_text(encoding="utf-8")))
    dst.write_text(json.dumps(geo, separators=(",", ":")), encoding="utf-8")
    print(f"{len(geo['features'])} countries, {dst.stat().st_size} bytes -> {dst}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
