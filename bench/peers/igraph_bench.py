#!/usr/bin/python3
"""python-igraph side of the depgraph benchmark: the same ops on the same files (see bench/README.md).

Run with Debian's /usr/bin/python3 (python3-igraph):
  /usr/bin/python3 bench/peers/igraph_bench.py --dir bench/work/M --size M
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchcommon as bc  # noqa: E402
import igraph as ig  # noqa: E402


def load(folder):
    ids, kinds, rows = bc.read_csv_pair(folder)
    index = {v: i for i, v in enumerate(ids)}
    g = ig.Graph(n=len(ids), edges=[(index[s], index[t]) for s, t, _, _, _ in rows], directed=True)
    g.vs["name"] = ids
    g.vs["kind"] = kinds
    g.es["type"] = [r[2] for r in rows]
    g.es["weight"] = [r[3] for r in rows]
    g.es["probability"] = [r[4] for r in rows]
    return g


def main():
    args = bc.parse_args("igraph")
    folder = args.dir
    bc.emit({"tool": "igraph", "size": args.size, "op": "version", "version": ig.__version__})
    g = bc.run_op(args, "load", lambda: load(folder), lambda g: [f"{g.vcount()} {g.ecount()}"])
    if g is None:
        return
    names = g.vs["name"]
    hub = names.index(args.hub)

    def reach_all():
        return g.subcomponent(hub, mode="out")

    def reach_3():
        return g.neighborhood(hub, order=3, mode="out")

    def ids_of(vs):
        return sorted(names[v] for v in vs)

    def dijkstra():
        return g.distances(source=hub, weights="weight", mode="out")[0]

    def dij_canon(d):
        inf = float("inf")
        return sorted(f"{names[v]} {bc.fmt(x)}" for v, x in enumerate(d) if x != inf)

    def undirected_simple():
        u = g.as_undirected(mode="collapse")
        u.simplify(multiple=True, loops=True, combine_edges=None)
        return u

    def aps():
        return undirected_simple().articulation_points()

    def bridges():
        u = undirected_simple()
        return [u.es[e].tuple for e in u.bridges()]

    def bridge_canon(bs):
        out = []
        for a, b in bs:
            x, y = names[a], names[b]
            out.append(f"{x} {y}" if x < y else f"{y} {x}")
        return sorted(out)

    def dominators():
        return g.dominator(hub, mode="out")

    def dom_canon(idom):
        out = []
        for v, d in enumerate(idom):
            if v == hub or d != d or d is None or d < 0:  # root, or unreachable (nan)
                continue
            out.append(f"{names[v]} {names[int(d)]}")
        return sorted(out)

    only = set(args.ops)
    if "reach_all" in only:
        bc.run_op(args, "reach_all", reach_all, ids_of)
    if "reach_3hops" in only:
        bc.run_op(args, "reach_3hops", reach_3, ids_of)
    if "dijkstra" in only:
        bc.run_op(args, "dijkstra", dijkstra, dij_canon)
    if "articulation_points" in only:
        bc.run_op(args, "articulation_points", aps, ids_of)
    if "bridges" in only:
        bc.run_op(args, "bridges", bridges, bridge_canon)
    if "dominators" in only:
        bc.run_op(args, "dominators", dominators, dom_canon)
    if "k_paths" in only:
        s_id, t_id = bc.read_pair(folder)
        s, t = names.index(s_id), names.index(t_id)
        weights = g.es["weight"]

        def kpaths():
            return g.get_k_shortest_paths(s, to=t, k=bc.K, mode="out", weights="weight", output="epath")

        def kp_canon(paths):
            costs = sorted(sum(weights[e] for e in p) for p in paths if p)
            return [bc.fmt(c) for c in costs]

        bc.run_op(args, "k_paths", kpaths, kp_canon)
    if "cascade" in only:
        probs = g.es["probability"]
        runs = args.cascade_runs

        def cascade():
            inc = g.get_inclist(mode="out")
            tg = g.get_edgelist()
            succ = [[(tg[e][1], probs[e]) for e in es] for es in inc]
            return bc.independent_cascade(succ, hub, runs, args.seed)

        bc.run_op(args, "cascade", cascade, lambda c: None, extra=bc.cascade_extra(args), scale=bc.CASCADE_RUNS / runs)
    bc.emit_peak(args)


if __name__ == "__main__":
    main()
