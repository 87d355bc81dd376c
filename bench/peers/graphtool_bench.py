#!/usr/bin/python3
"""graph-tool side of the depgraph benchmark: the same ops on the same files (see bench/README.md).

Run with Debian's /usr/bin/python3 (python3-graph-tool):
  /usr/bin/python3 bench/peers/graphtool_bench.py --dir bench/work/M --size M

graph-tool is C++ (Boost Graph Library) with OpenMP; the JSON lines record its OpenMP thread count. Known traps, each
handled here and counted in the timed op:
- ``dominator_tree`` gives wrong immediate dominators when a reachable vertex has an unreachable predecessor (Boost's
  Lengauer–Tarjan), so it runs on the view of the part reachable from the hub;
- ``label_biconnected_components`` returns (edge labels, articulation flags, histogram of labels): a bridge of the
  simple undirected view is an edge whose biconnected component holds that one edge;
- ``remove_parallel_edges`` is slow, so the simple undirected view is built by deduplicating the sorted endpoint pairs
  with numpy;
- there are no k shortest simple paths: ``k_paths`` is recorded as ``n/a``.
The cascade samples live edges (Kempe, Kleinberg and Tardos 2003, claim 2.3: an independent cascade has the
distribution of the set reachable from the seed over edges kept independently with their probability): per run one
numpy draw per edge, an edge-filtered view and ``label_out_component``. It runs all 1,000 runs at S and M.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchcommon as bc  # noqa: E402
import numpy as np  # noqa: E402
import graph_tool.all as gt  # noqa: E402

# cascade runs actually simulated per size (the time is scaled to 1,000 like the other peers' where fewer)
CASCADE_PLAN = {"S": 1000, "M": 1000, "L": 100}


def load(folder):
    ids, kinds, rows = bc.read_csv_pair(folder)
    index = {v: i for i, v in enumerate(ids)}
    g = gt.Graph(directed=True)
    g.add_vertex(len(ids))
    el = np.array([(index[s], index[t]) for s, t, _, _, _ in rows], dtype=np.int64).reshape(-1, 2)
    g.add_edge_list(el)
    g.vp["name"] = g.new_vp("string", vals=ids)
    g.vp["kind"] = g.new_vp("string", vals=kinds)
    g.ep["type"] = g.new_ep("string", vals=[r[2] for r in rows])
    g.ep["weight"] = g.new_ep("double", vals=np.fromiter((r[3] for r in rows), dtype=np.float64, count=len(rows)))
    g.ep["probability"] = g.new_ep("double", vals=np.fromiter((r[4] for r in rows), dtype=np.float64, count=len(rows)))
    return g, ids


def main():
    args = bc.parse_args("graph-tool")
    if "--cascade-runs" not in sys.argv:
        args.cascade_runs = CASCADE_PLAN.get(args.size, 100)
    args.threads = gt.openmp_get_num_threads() if gt.openmp_enabled() else 1
    folder = args.dir
    bc.emit({"tool": "graph-tool", "size": args.size, "op": "version", "version": gt.__version__.split(" ")[0],
             "threads": args.threads})
    loaded = bc.run_op(args, "load", lambda: load(folder), lambda r: [f"{r[0].num_vertices()} {r[0].num_edges()}"])
    if loaded is None:
        return
    g, names = loaded
    hub = names.index(args.hub)
    weight, prob = g.ep["weight"], g.ep["probability"]
    only = set(args.ops)

    def ids_of(vs):
        return sorted(names[v] for v in vs)

    def reach_all():
        return np.flatnonzero(gt.label_out_component(g, hub).a)

    def reach_3():
        d = gt.shortest_distance(g, hub, max_dist=3).a
        return np.flatnonzero(d <= 3)

    def dijkstra():
        # distances and one shortest-path tree (pred_map), the work depgraph's ShortestPaths.Dijkstra does
        dist, pred = gt.shortest_distance(g, hub, weights=weight, pred_map=True)
        return dist.a

    def dijkstra_dist():
        # distances only (graph-tool's default; no predecessor map): not in the default set, for comparison
        return gt.shortest_distance(g, hub, weights=weight).a

    def dij_canon(d):
        return sorted(f"{names[v]} {bc.fmt(d[v])}" for v in np.flatnonzero(np.isfinite(d)))

    def undirected_simple():
        e = g.get_edges()
        e.sort(axis=1)
        e = e[e[:, 0] != e[:, 1]]
        e = np.unique(e, axis=0)
        u = gt.Graph(directed=False)
        u.add_vertex(g.num_vertices())
        u.add_edge_list(e)
        return u

    def aps():
        u = undirected_simple()
        _, art, _ = gt.label_biconnected_components(u)
        return np.flatnonzero(art.a)

    def bridges():
        u = undirected_simple()
        comp, _, hist = gt.label_biconnected_components(u)
        single = hist[comp.a] == 1
        return u.get_edges()[single]

    def bridge_canon(bs):
        out = []
        for a, b in bs:
            x, y = names[a], names[b]
            out.append(f"{x} {y}" if x < y else f"{y} {x}")
        return sorted(out)

    def dominators():
        reach = gt.label_out_component(g, hub)
        view = gt.GraphView(g, vfilt=reach)
        dom = gt.dominator_tree(view, hub)
        return np.flatnonzero(reach.a), dom.a

    def dom_canon(r):
        vs, idom = r
        return sorted(f"{names[v]} {names[idom[v]]}" for v in vs if v != hub)

    if "reach_all" in only:
        bc.run_op(args, "reach_all", reach_all, ids_of)
    if "reach_3hops" in only:
        bc.run_op(args, "reach_3hops", reach_3, ids_of)
    if "dijkstra" in only:
        bc.run_op(args, "dijkstra", dijkstra, dij_canon)
    if "dijkstra_dist" in only:
        bc.run_op(args, "dijkstra_dist", dijkstra_dist, dij_canon)
    if "articulation_points" in only:
        bc.run_op(args, "articulation_points", aps, ids_of)
    if "bridges" in only:
        bc.run_op(args, "bridges", bridges, bridge_canon)
    if "dominators" in only:
        bc.run_op(args, "dominators", dominators, dom_canon)
    if "k_paths" in only:
        bc.emit({"tool": "graph-tool", "size": args.size, "op": "k_paths", "status": "n/a",
                 "note": "graph-tool has no k shortest simple paths"})
    if "cascade" in only:
        runs = args.cascade_runs
        p = prob.a.copy()

        def cascade():
            rng = np.random.default_rng(args.seed)
            live = g.new_ep("bool")
            counts = []
            for _ in range(runs):
                live.a = rng.random(p.shape[0]) < p
                view = gt.GraphView(g, efilt=live)
                counts.append(int(gt.label_out_component(view, hub).a.sum()))
            return counts

        bc.run_op(args, "cascade", cascade, lambda c: None, extra=bc.cascade_extra(args), scale=bc.CASCADE_RUNS / runs)
    bc.emit_peak(args)


if __name__ == "__main__":
    main()
