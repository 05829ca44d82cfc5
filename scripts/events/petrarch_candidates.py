#!/usr/bin/env python3
"""Candidate triggers and agents from the UniversalPetrarch Arabic dictionaries (MIT).

Recipe, not a build step: reads ../shared/data/petrarch_ar (or --petrarch DIR) and writes two
curation aids to --out (default target/events-candidates/):

  verbs.tsv   form, CAMEO code, source line: verb heads and synonyms of CAMEO.ar.0.5.txt that carry
              an explicit code ("--- بنى [161] ---", "أحرق  [139]"), diacritics removed, UDPipe
              lemma joints (_ and +) turned into spaces; duplicates and codes outside 01-20 dropped.
  agents.tsv  form, sector, source line: entries of agents.all.ar_v4.txt with one or two words,
              the first three letters of their code as sector.

Each file marks with a "*" the forms already covered by marsad-core's triggers.tsv / agents.tsv, so
that a curator reads only the new candidates. The PETRARCH lists are noisy (lemmas instead of
surface forms, wrong codes, English glosses in place of Arabic): nothing is copied automatically;
every accepted entry is added to the curated TSV by hand. Python 3 standard library only.
"""
import argparse
import os
import re
import sys

DIACRITICS = re.compile("[\u064B-\u0652\u0640]")
CODE = re.compile(r"\[(\d{2,4})\]")
ARABIC = re.compile(r"^[\u0621-\u064A ]+$")
HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "marsad-core", "src", "main", "resources", "org", "marsad",
                   "events")


def fold(s):
    s = DIACRITICS.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "ء"),
                 ("ئ", "ء")):
        s = s.replace(a, b)
    return s


def clean(form):
    form = DIACRITICS.sub("", form).replace("_", " ").replace("+", " ").strip()
    return re.sub(r"\s+", " ", form)


def curated(name, column=0):
    forms = set()
    path = os.path.join(RES, name)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            for alt in line.split("\t")[column].split("|"):
                forms.add(fold(alt.strip()))
    return forms


def verbs(petrarch):
    out, seen = [], set()
    path = os.path.join(petrarch, "CAMEO.ar.0.5.txt")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#")[0].rstrip()
            head = re.match(r"^---\s+(\S+)\s+\[(\d{2,4})\]\s+---", line)
            if head:
                form, code = head.group(1), head.group(2)
            elif line and not line.startswith(("-", "+", "&", "<", " ")) and CODE.search(line):
                form, code = line.split("[")[0].strip(), CODE.search(line).group(1)
            else:
                continue
            form = clean(form)
            if not ARABIC.match(form) or not 1 <= int(code[:2]) <= 20 or (form, code) in seen:
                continue
            seen.add((form, code))
            out.append((form, code, n))
    return out


def agents(petrarch):
    out, seen = [], set()
    path = os.path.join(petrarch, "agents.all.ar_v4.txt")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = re.match(r"^(\S+)\s+\[~?([A-Z]{3})[A-Z]*\]", line.strip())
            if not m:
                continue
            form = clean(m.group(1))
            if not ARABIC.match(form) or len(form.split()) > 2 or form in seen:
                continue
            seen.add(form)
            out.append((form, m.group(2), n))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--petrarch", default=os.path.join(HERE, "..", "..", "..", "shared", "data",
                                                       "petrarch_ar"))
    ap.add_argument("--out", default=os.path.join("target", "events-candidates"))
    a = ap.parse_args()
    if not os.path.isdir(a.petrarch):
        sys.exit(f"petrarch_ar not found: {a.petrarch} (pass --petrarch DIR)")
    os.makedirs(a.out, exist_ok=True)
    have_t, have_a = curated("triggers.tsv"), curated("agents.tsv")
    for name, rows, have in (("verbs.tsv", verbs(a.petrarch), have_t),
                             ("agents.tsv", agents(a.petrarch), have_a)):
        path = os.path.join(a.out, name)
        with open(path, "w", encoding="utf-8") as f:
            for form, code, n in rows:
                mark = "*" if fold(form) in have else ""
                f.write(f"{mark}{form}\t{code}\tline {n}\n")
        print(f"{path}: {len(rows)} candidates, {sum(fold(r[0]) in have for r in rows)} curated")


if __name__ == "__main__":
    main()
