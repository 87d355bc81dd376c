#!/usr/bin/python3
"""networkx side of the depgraph benchmark: the same ops on the same files (see bench/README.md).

Run with Debian's /usr/bin/python3 (python3-networkx):
  /usr/bin/python3 bench/peers/networkx_bench.py --dir bench/work/M --size M
"""
import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchcommon as bc  # noqa: E402
import networkx as nx  # noqa: E402


def load(folder):
    ids, kinds, rows = bc.read_csv_pair(folder)
    g = nx.DiGraph()
    g.add_nodes_from((v, {"kind": k}) for v, k in zip(ids, kinds))
    # the generator writes no parallel edges; a DiGraph would silently keep only the last of any
    g.add_edges_from((s, t, {"type": ty, "weight": w, "probability": p}) for s, t, ty, w, p in rows)
    if g.number_of_edges() != len(rows):
        raise SystemExit("networkx_bench: the edge file has parallel edges; a DiGraph cannot hold them")
    return g


def main():
    args = bc.parse_args("networkx")
    folder = args.dir
    bc.emit({"tool": "networkx", "size": args.size, "op": "version", "version": nx.__version__})
    g = bc.run_op(args, "load", lambda: load(folder), lambda g: [f"{g.number_of_nodes()} {g.number_of_edges()}"])
    if g is None:
        return
    hub = args.hub
    only = set(args.ops)

    if "reach_all" in only:
        bc.run_op(args, "reach_all", lambda: nx.descendants(g, hub) | {hub}, sorted)
    if "reach_3hops" in only:
        bc.run_op(args, "reach_3hops", lambda: nx.single_source_shortest_path_length(g, hub, cutoff=3), sorted)
    if "dijkstra" in only:
        bc.run_op(args, "dijkstra", lambda: nx.single_source_dijkstra_path_length(g, hub, weight="weight"),
                  lambda d: sorted(f"{v} {bc.fmt(x)}" for v, x in d.items()))
    if "articulation_points" in only:
        bc.run_op(args, "articulation_points", lambda: list(nx.articulation_points(nx.Graph(g))), sorted)
    if "bridges" in only:
        bc.run_op(args, "bridges", lambda: list(nx.bridges(nx.Graph(g))),
                  lambda bs: sorted(f"{a} {b}" if a < b else f"{b} {a}" for a, b in bs))
    if "dominators" in only:
        bc.run_op(args, "dominators", lambda: nx.immediate_dominators(g, hub),
                  lambda d: sorted(f"{v} {i}" for v, i in d.items() if v != hub))
    if "k_paths" in only:
        s, t = bc.read_pair(folder)

        def kpaths():
            return list(itertools.islice(nx.shortest_simple_paths(g, s, t, weight="weight"), bc.K))

        def kp_canon(paths):
            costs = sorted(sum(g[u][v]["weight"] for u, v in zip(p, p[1:])) for p in paths)
            return [bc.fmt(c) for c in costs]

        bc.run_op(args, "k_paths", kpaths, kp_canon)
    if "cascade" in only:
        runs = args.cascade_runs

        def cascade():
            # IC needs vertex numbers for its bytearray; the adjacency comes straight from the DiGraph.
            index = {v: i for i, v in enumerate(g)}
            succ = [[(index[v], d["probability"]) for v, d in g.succ[u].items()] for u in g]
            return bc.independent_cascade(succ, index[hub], runs, args.seed)

        bc.run_op(args, "cascade", cascade, lambda c: None, extra=bc.cascade_extra(args), scale=bc.CASCADE_RUNS / runs)
    bc.emit_peak(args)


if __name__ == "__main__":
    main()
