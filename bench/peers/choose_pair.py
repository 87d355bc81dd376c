#!/usr/bin/python3
"""Chooses the fixed far-apart member pair for the k-shortest-paths op and writes it to DIR/pair.txt.

Definition (so any tool could recompute it): sources = members with at least one out-edge, sorted by id
(ordinal), of which SAMPLE are taken at evenly spaced positions i*len//SAMPLE. From each, a breadth-first search
over all edges (directed) finds the reachable member t != s with the largest hop count (ties: smallest id).
The pair with the largest hop count wins (ties: the earlier source). pair.txt holds "s t hops".
Standard library only (no graph package), so the choice does not depend on any tool under test.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchcommon as bc  # noqa: E402

SAMPLE = 16


def main():
    folder = sys.argv[1]
    ids, kinds, rows = bc.read_csv_pair(folder)
    index = {v: i for i, v in enumerate(ids)}
    n = len(ids)
    succ = [[] for _ in range(n)]
    for s, t, _, _, _ in rows:
        succ[index[s]].append(index[t])
    member = [k == "member" for k in kinds]
    sources = sorted((ids[v] for v in range(n) if member[v] and succ[v]))
    if not sources:
        raise SystemExit("choose_pair: no member has an out-edge")
    picks = sorted({sources[i * len(sources) // SAMPLE] for i in range(min(SAMPLE, len(sources)))})
    best = None
    for s_id in picks:
        s = index[s_id]
        hops = [-1] * n
        hops[s] = 0
        frontier = [s]
        while frontier:
            nxt = []
            for u in frontier:
                for v in succ[u]:
                    if hops[v] < 0:
                        hops[v] = hops[u] + 1
                        nxt.append(v)
            frontier = nxt
        far = None
        for v in range(n):
            if v != s and member[v] and hops[v] > 0:
                if far is None or hops[v] > far[0] or (hops[v] == far[0] and ids[v] < far[1]):
                    far = (hops[v], ids[v])
        if far and (best is None or far[0] > best[0]):
            best = (far[0], s_id, far[1])
    if best is None:
        raise SystemExit("choose_pair: no sampled member reaches another member")
    with open(os.path.join(folder, "pair.txt"), "w", encoding="utf-8") as f:
        f.write(f"{best[1]} {best[2]} {best[0]}\n")
    print(f"pair: {best[1]} -> {best[2]} ({best[0]} hops)")


if __name__ == "__main__":
    main()
