#!/usr/bin/python3
"""Check the ceptoar-fy2024 dataset.

Run with /usr/bin/python3 (needs PyYAML):  /usr/bin/python3 check_quotes.py [DATASET_DIR]

Checks
  * every `evidence` quote (string or list of strings) occurs verbatim in source/*.txt
  * every node and edge carries `evidence` or `assumption` (non-empty)
  * node ids unique, lowercase ascii, dotted; node kinds and edge types known
  * edge endpoints defined; shares_with edges have flow provide|report and known channels;
    other edge types carry neither flow nor channels
  * `members` maps: known unit strings, positive integers
  * defaults.yaml: every channel has name_ja, name_en, delay_hours >= 0, probability in [0,1]
    and an assumption; dependency_defaults likewise
  * dependencies.csv: exact header, known ids of sector/resource nodes, one row per ordered
    pair of distinct sectors, values in range, basis == assumption, reason non-empty
Prints counts (nodes by kind, edges by type, provenance, member totals by unit).
Exit status 1 if any problem was found.
"""
import collections
import csv
import glob
import os
import re
import sys

import yaml

NODE_KINDS = {"government", "ministry", "sector", "ceptoar", "council", "secretariat", "isac",
              "coordination", "member", "external", "exercise", "resource"}
EDGE_TYPES = {"shares_with", "oversees", "belongs_to", "operates", "member_of",
              "participates_in", "depends_on"}
UNITS = {"社", "団体", "機関", "都道府県", "市区町村", "地方公共団体", "水道事業体", "グループ",
         "社・団体", "社・機関", "事業体"}
NODE_FIELDS = {"assumption_ja", "id", "kind", "name_ja", "name_en", "department_ja", "scope", "members_as_written",
               "members", "evidence", "assumption", "attributes"}
EDGE_FIELDS = {"assumption_ja", "from", "to", "type", "flow", "channels", "delay_hours", "probability", "evidence",
               "assumption", "attributes"}
ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
CSV_HEADER = "dependant,supplier,strength,probability,time_to_impact_hours,basis,reason"

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def quotes_of(item):
    ev = item.get("evidence")
    if ev is None:
        return []
    if isinstance(ev, str):
        return [ev]
    if isinstance(ev, list):
        return ev
    return [ev]


def check_provenance(where, item, source):
    ev = item.get("evidence")
    asm = item.get("assumption")
    if ev is None and asm is None:
        problem(where, "neither evidence nor assumption")
    if asm is not None and (not isinstance(asm, str) or not asm.strip()):
        problem(where, "assumption must be a non-empty string")
    if ev is not None:
        qs = quotes_of(item)
        if not qs:
            problem(where, "empty evidence list")
        for q in qs:
            if not isinstance(q, str) or not q:
                problem(where, f"evidence entry is not a non-empty string: {q!r}")
            elif "\n" in q:
                problem(where, f"quote spans lines: {q!r}")
            elif q not in source:
                problem(where, f"quote not in source: {q!r}")


def check_attributes(where, item):
    attrs = item.get("attributes")
    if attrs is None:
        return
    if not isinstance(attrs, dict):
        problem(where, "attributes must be a map")
        return
    for k, v in attrs.items():
        if isinstance(v, (dict, list)):
            problem(where, f"attribute {k} is not a scalar")


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    sources = sorted(glob.glob(os.path.join(root, "source", "*.txt")))
    if not sources:
        print("no source/*.txt found", file=sys.stderr)
        return 1
    source = "".join(open(p, encoding="utf-8").read() for p in sources)

    # defaults
    with open(os.path.join(root, "defaults.yaml"), encoding="utf-8") as f:
        defaults = yaml.safe_load(f)
    channels = defaults.get("channels") or {}
    for cid, ch in channels.items():
        w = f"defaults.yaml channel {cid}"
        if not ID_RE.match(cid):
            problem(w, "bad channel id")
        for k in ("name_ja", "name_en", "assumption"):
            if not isinstance(ch.get(k), str) or not ch.get(k):
                problem(w, f"missing {k}")
        d, p = ch.get("delay_hours"), ch.get("probability")
        if not isinstance(d, (int, float)) or d < 0:
            problem(w, "delay_hours must be >= 0")
        if not isinstance(p, (int, float)) or not 0 <= p <= 1:
            problem(w, "probability must be in [0,1]")
    if "unspecified" not in channels:
        problem("defaults.yaml", "no 'unspecified' channel")
    dd = defaults.get("dependency_defaults") or {}
    if not (isinstance(dd.get("probability"), (int, float)) and 0 <= dd["probability"] <= 1):
        problem("defaults.yaml dependency_defaults", "probability must be in [0,1]")
    if not (isinstance(dd.get("time_to_impact_hours"), (int, float)) and dd["time_to_impact_hours"] >= 0):
        problem("defaults.yaml dependency_defaults", "time_to_impact_hours must be >= 0")
    if not dd.get("assumption"):
        problem("defaults.yaml dependency_defaults", "missing assumption")

    nodes, edges = {}, []
    files = sorted(p for p in glob.glob(os.path.join(root, "*.yaml"))
                   if os.path.basename(p) not in ("defaults.yaml", "manifest.yaml"))
    for path in files:
        fn = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        extra = set(doc) - {"nodes", "edges"}
        if extra:
            problem(fn, f"unexpected top-level keys {sorted(extra)}")
        for i, n in enumerate(doc.get("nodes") or []):
            w = f"{fn} node[{i}] {n.get('id')}"
            unknown = set(n) - NODE_FIELDS
            if unknown:
                problem(w, f"unknown fields {sorted(unknown)}")
            nid = n.get("id")
            if not isinstance(nid, str) or not ID_RE.match(nid):
                problem(w, "bad id")
            elif nid in nodes:
                problem(w, f"duplicate id (first in {nodes[nid][1]})")
            else:
                nodes[nid] = (n, fn)
            if n.get("kind") not in NODE_KINDS:
                problem(w, f"unknown kind {n.get('kind')!r}")
            for k in ("name_ja", "name_en"):
                if not isinstance(n.get(k), str) or not n.get(k):
                    problem(w, f"missing {k}")
            if "scope" in n and not (isinstance(n["scope"], list) and all(isinstance(s, str) for s in n["scope"])):
                problem(w, "scope must be a list of strings")
            if "members" in n:
                m = n["members"]
                if not isinstance(m, dict) or not m:
                    problem(w, "members must be a non-empty map")
                else:
                    for u, c in m.items():
                        if u not in UNITS:
                            problem(w, f"unknown unit {u!r}")
                        if not isinstance(c, int) or isinstance(c, bool) or c <= 0:
                            problem(w, f"count for {u} must be a positive integer")
                if not n.get("members_as_written"):
                    problem(w, "members without members_as_written")
            check_provenance(w, n, source)
            check_attributes(w, n)
        for i, e in enumerate(doc.get("edges") or []):
            w = f"{fn} edge[{i}] {e.get('from')} -{e.get('type')}-> {e.get('to')}"
            unknown = set(e) - EDGE_FIELDS
            if unknown:
                problem(w, f"unknown fields {sorted(unknown)}")
            t = e.get("type")
            if t not in EDGE_TYPES:
                problem(w, f"unknown type {t!r}")
            if t == "shares_with":
                if e.get("flow") not in ("provide", "report"):
                    problem(w, "shares_with needs flow provide|report")
                chs = e.get("channels")
                if chs is not None:
                    if not isinstance(chs, list) or not chs:
                        problem(w, "channels must be a non-empty list")
                    else:
                        for c in chs:
                            if c not in channels:
                                problem(w, f"unknown channel {c!r}")
            else:
                if "flow" in e or "channels" in e:
                    problem(w, "flow/channels only on shares_with")
            if "delay_hours" in e and not (isinstance(e["delay_hours"], (int, float)) and e["delay_hours"] >= 0):
                problem(w, "delay_hours must be >= 0")
            if "probability" in e and not (isinstance(e["probability"], (int, float)) and 0 <= e["probability"] <= 1):
                problem(w, "probability must be in [0,1]")
            if ("delay_hours" in e or "probability" in e) and "assumption" not in e:
                problem(w, "override of delay/probability without assumption")
            if e.get("from") == e.get("to"):
                problem(w, "self loop")
            check_provenance(w, e, source)
            check_attributes(w, e)
            edges.append((e, fn, w))

    for e, fn, w in edges:
        for end in ("from", "to"):
            if e.get(end) not in nodes:
                problem(w, f"undefined endpoint {end}={e.get(end)!r}")
    # duplicate edges (same from, to, type, flow)
    seen = collections.Counter((e.get("from"), e.get("to"), e.get("type"), e.get("flow")) for e, _, _ in edges)
    for k, c in seen.items():
        if c > 1:
            problem("edges", f"duplicate edge {k} x{c}")

    # dependencies.csv
    dep_path = os.path.join(root, "dependencies.csv")
    dep_rows = []
    if os.path.exists(dep_path):
        with open(dep_path, encoding="utf-8", newline="") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            problem("dependencies.csv", "BOM present")
        lines = raw.splitlines()
        if not lines or not lines[0].startswith(CSV_HEADER):
            problem("dependencies.csv", f"header must start with {CSV_HEADER} (optional range and *_ja columns may follow)")
        reader = csv.DictReader(raw.splitlines())
        pairs = collections.Counter()
        for ln, r in enumerate(reader, start=2):
            w = f"dependencies.csv:{ln}"
            dep_rows.append(r)
            a, b = r["dependant"], r["supplier"]
            for x in (a, b):
                if x not in nodes:
                    problem(w, f"unknown id {x!r}")
                elif nodes[x][0]["kind"] not in ("sector", "resource"):
                    problem(w, f"{x} is not a sector or resource node")
            if a == b:
                problem(w, "self dependency")
            pairs[(a, b)] += 1
            try:
                s, p, tti = float(r["strength"]), float(r["probability"]), float(r["time_to_impact_hours"])
                if not 0 <= s <= 1:
                    problem(w, "strength not in [0,1]")
                if not 0 <= p <= 1:
                    problem(w, "probability not in [0,1]")
                if tti < 0:
                    problem(w, "time_to_impact_hours < 0")
            except (TypeError, ValueError):
                problem(w, "non-numeric value")
            if r["basis"] != "assumption":
                problem(w, "basis must be assumption")
            if not (r["reason"] or "").strip():
                problem(w, "empty reason")
        for k, c in pairs.items():
            if c > 1:
                problem("dependencies.csv", f"duplicate pair {k}")
        sectors = [i for i, (n, _) in nodes.items() if n["kind"] == "sector"]
        for a in sectors:
            for b in sectors:
                if a != b and (a, b) not in pairs:
                    problem("dependencies.csv", f"missing sector pair {a},{b}")
        # linear-threshold sanity: incoming shares per dependant must not exceed 1
        tot = collections.defaultdict(float)
        for r in dep_rows:
            try:
                tot[r["dependant"]] += float(r["strength"])
            except ValueError:
                pass
        for d, s in tot.items():
            if s > 1.0 + 1e-9:
                problem("dependencies.csv", f"strengths of {d} sum to {s:.2f} > 1")
    else:
        problem("dependencies.csv", "missing")

    # ---- report
    print(f"source: {', '.join(os.path.relpath(p, root) for p in sources)} ({len(source)} chars)")
    print(f"files: {', '.join(os.path.basename(p) for p in files)}")
    print(f"\nnodes: {len(nodes)}")
    for k, c in sorted(collections.Counter(n['kind'] for n, _ in nodes.values()).items()):
        print(f"  {k:14} {c}")
    print(f"\nedges: {len(edges)}")
    for k, c in sorted(collections.Counter(e['type'] for e, _, _ in edges).items()):
        print(f"  {k:16} {c}")
    sw = collections.Counter(e.get("flow") for e, _, _ in edges if e["type"] == "shares_with")
    print(f"  shares_with by flow: {dict(sw)}")

    def prov(items):
        c = collections.Counter()
        for it in items:
            has_e, has_a = "evidence" in it, "assumption" in it
            c["evidence only" if has_e and not has_a else "assumption only" if has_a and not has_e else "both"] += 1
        return dict(c)
    print(f"\nprovenance nodes: {prov(n for n, _ in nodes.values())}")
    print(f"provenance edges: {prov(e for e, _, _ in edges)}")
    nq = sum(len(quotes_of(n)) for n, _ in nodes.values()) + sum(len(quotes_of(e)) for e, _, _ in edges)
    print(f"quotes checked: {nq}")

    for kind in ("member", "external"):
        tot = collections.Counter()
        for n, _ in nodes.values():
            if n["kind"] == kind and "members" in n:
                tot.update(n["members"])
        print(f"\n{kind} totals by unit: " + ", ".join(f"{u} {c:,}" for u, c in sorted(tot.items(), key=lambda x: -x[1])))
    print(f"\ndependencies.csv rows: {len(dep_rows)} "
          f"(non-zero: {sum(1 for r in dep_rows if float(r['strength'] or 0) > 0)})")

    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
