"""Shared plumbing of the bench peers (stdlib only): options, timing, canonical answers, JSON lines.

Every peer prints one JSON object per line on stdout:
  {"tool": "igraph", "size": "M", "op": "dijkstra", "median_s": 0.41, "runs": 3, "answer_hash": "…", "answer_n": 98954}
The answer hash is the first 16 hex digits of SHA-256 over the op's canonical lines, each followed by "\n".
See bench/README.md for the canonical form of each op.
"""
import argparse
import hashlib
import json
import os
import resource
import signal
import statistics
import sys
import time

OPS = ["load", "reach_all", "reach_3hops", "dijkstra", "articulation_points", "bridges",
       "dominators", "k_paths", "cascade"]
# accepted by --ops but not run by default: graph-tool's distances-only Dijkstra (no predecessor tree)
EXTRA_OPS = ["dijkstra_dist"]

# warm-up runs, measured runs, cascade runs actually simulated (the timing is scaled to CASCADE_RUNS)
PLANS = {"S": (1, 5, 1000), "M": (1, 3, 100), "L": (0, 1, 10)}
CASCADE_RUNS = 1000
HUB = "nisc"  # default hub; every peer takes --hub
K = 10


class OpTimeout(Exception):
    pass


def parse_args(tool):
    p = argparse.ArgumentParser(description=f"{tool} side of the depgraph benchmark")
    p.add_argument("--dir", required=True, help="folder with nodes.csv, edges.csv and pair.txt")
    p.add_argument("--size", required=True, help="size label written in the JSON lines (S, M, L …)")
    p.add_argument("--warmup", type=int, help="warm-up runs per op (default by size)")
    p.add_argument("--runs", type=int, help="measured runs per op (default by size)")
    p.add_argument("--cascade-runs", type=int, help="cascade simulations actually run (default by size; time scaled to 1000)")
    p.add_argument("--ops", default=",".join(OPS), help="comma-separated subset of " + ",".join(OPS))
    p.add_argument("--timeout", type=int, default=1800, help="seconds one op may take before it is abandoned")
    p.add_argument("--seed", type=int, default=1, help="cascade seed")
    p.add_argument("--hub", default=HUB, help=f"id of the hub the traversals start from (default {HUB})")
    p.add_argument("--dump", help="folder to write each op's canonical lines to (for diffing)")
    a = p.parse_args()
    w, r, c = PLANS.get(a.size, (1, 3, 100))
    a.warmup = w if a.warmup is None else a.warmup
    a.runs = r if a.runs is None else a.runs
    a.cascade_runs = c if a.cascade_runs is None else a.cascade_runs
    a.ops = [o for o in a.ops.split(",") if o]
    for o in a.ops:
        if o not in OPS and o not in EXTRA_OPS:
            p.error(f"unknown op {o}")
    a.tool = tool
    return a


def read_csv_pair(folder):
    """Reads the generic CSV pair with the csv module: (ids, kinds, edges) with edges as
    (source_id, target_id, type, weight, probability)."""
    import csv
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        assert header[:3] == ["id", "kind", "label"], header
        ids, kinds = [], []
        for row in r:
            ids.append(row[0])
            kinds.append(row[1])
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        assert header[:5] == ["source", "target", "type", "weight", "probability"], header
        edges = [(row[0], row[1], row[2], float(row[3]), float(row[4])) for row in r]
    return ids, kinds, edges


def read_pair(folder):
    with open(os.path.join(folder, "pair.txt"), encoding="utf-8") as f:
        parts = f.read().split()
    return parts[0], parts[1]


def answer_hash(lines):
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def fmt(x):
    return f"{x:.6f}"


def emit(obj):
    print(json.dumps(obj, sort_keys=False), flush=True)


def _alarm(signum, frame):
    raise OpTimeout()


def run_op(args, op, fn, canon, extra=None, scale=1.0):
    """Times fn() warm-up + runs times and emits the JSON line; canon(result) gives the canonical lines
    (already in canonical order). extra(result) may add fields; scale multiplies the reported median (the cascade
    runs fewer simulations than it reports on). Returns the last result or None."""
    signal.signal(signal.SIGALRM, _alarm)
    times, cpus, result = [], [], None
    try:
        signal.alarm(args.timeout)
        for i in range(args.warmup + args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            result = fn()
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            if i >= args.warmup:
                times.append(dt)
                cpus.append(dc)
            elif dt > 60 and args.runs > 1:
                # a warm-up this slow says the op is far from noise: count it instead of repeating
                times.append(dt)
                cpus.append(dc)
                break
        signal.alarm(0)
    except OpTimeout:
        emit({"tool": args.tool, "size": args.size, "op": op, "status": "timeout",
              "note": f"abandoned after {args.timeout} s"})
        return None
    except MemoryError:
        signal.alarm(0)
        emit({"tool": args.tool, "size": args.size, "op": op, "status": "error", "note": "out of memory"})
        return None
    lines = canon(result)
    med = statistics.median(times)
    out = {"tool": args.tool, "size": args.size, "op": op, "median_s": round(med * scale, 6),
           "cpu_s": round(statistics.median(cpus) * scale, 6), "runs": len(times),
           "answer_hash": answer_hash(lines) if lines is not None else None,
           "answer_n": len(lines) if lines is not None else None}
    if getattr(args, "threads", None):
        out["threads"] = args.threads
    if scale != 1.0:
        out["measured_s"] = round(med, 6)
    if extra:
        out.update(extra(result))
    emit(out)
    if args.dump and lines is not None:
        os.makedirs(args.dump, exist_ok=True)
        with open(os.path.join(args.dump, f"{args.tool}.{op}.txt"), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
    return result


def emit_peak(args):
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    emit({"tool": args.tool, "size": args.size, "op": "peak_rss", "peak_rss_mb": round(rss_kb / 1024, 1)})


def cascade_stats(counts):
    n = len(counts)
    mean = sum(counts) / n
    sd = statistics.stdev(counts) if n > 1 else 0.0
    return mean, sd / (n ** 0.5)


def cascade_extra(args):
    def extra(res):
        mean, se = cascade_stats(res)
        return {"mean": round(mean, 3), "se": round(se, 3), "runs_done": len(res),
                "scaled_to": CASCADE_RUNS,
                "note": "" if len(res) == CASCADE_RUNS else
                f"simulated {len(res)} runs, time scaled x{CASCADE_RUNS / len(res):g} to {CASCADE_RUNS}"}
    return extra


def independent_cascade(succ, seed_vertex, runs, seed):
    """Kempe–Kleinberg–Tardos independent cascade, a plain Python loop shared by both peers.

    succ[u] is a list of (v, p): each newly active u gets one chance to activate each inactive v with
    probability p. Returns the number of active vertices (seed included) of each run."""
    import random
    rng = random.Random(seed)
    rnd = rng.random
    counts = []
    n = len(succ)
    for _ in range(runs):
        active = bytearray(n)
        active[seed_vertex] = 1
        frontier = [seed_vertex]
        total = 1
        while frontier:
            nxt = []
            for u in frontier:
                for v, p in succ[u]:
                    if not active[v] and rnd() < p:
                        active[v] = 1
                        nxt.append(v)
            total += len(nxt)
            frontier = nxt
        counts.append(total)
    return counts
