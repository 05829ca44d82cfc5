#!/usr/bin/env python3
"""Builds the web UI's country shapes from Natural Earth via the npm package world-atlas.

  cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
  python3 scripts/web/build_countries.py /tmp/package/countries-110m.json \
      /usr/share/iso-codes/json/iso_3166-1.json \
      marsad-app/src/main/resources/org/marsad/server/web/countries.json

Decodes the TopoJSON (quantized, delta-encoded arcs) into plain rings of [lon, lat] rounded to
0.1 degree (without Antarctica), and replaces the ISO 3166-1 numeric ids with alpha-3 codes (the KB's country codes),
using Debian's iso-codes table. World-atlas 2.0.2 is ISC; Natural Earth is public domain.
"""
import json
import sys


def main(topo_path, iso_path, out_path):
    topo = json.load(open(topo_path, encoding="utf-8"))
    iso = json.load(open(iso_path, encoding="utf-8"))["3166-1"]
    alpha3 = {c["numeric"]: c["alpha_3"] for c in iso}
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indexes):
        pts = []
        for i in indexes:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        # Rings crossing the antimeridian (Russia, Fiji) are unwrapped so they stay continuous;
        # the part beyond 180 degrees falls outside the map's view box.
        out = []
        prev = None
        for lon, lat in pts:
            if prev is not None:
                while lon - prev > 180:
                    lon -= 360
                while lon - prev < -180:
                    lon += 360
            prev = lon
            p = [round(lon, 1), round(lat, 1)]
            if not out or out[-1] != p:
                out.append(p)
        return out

    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        rings = [r for poly in polys for r in (ring(x) for x in poly) if len(r) >= 4]
        code = alpha3.get(g.get("id"))
        if code == "ATA":
            continue  # Antarctica: no news events, and its ring wraps the pole
        countries.append({"id": code, "name": g["properties"]["name"], "rings": rings})
    out = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain) via world-atlas 2.0.2 (ISC),"
                  " ISO 3166-1 alpha-3 ids from Debian iso-codes; built by scripts/web/build_countries.py",
        "countries": countries,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
