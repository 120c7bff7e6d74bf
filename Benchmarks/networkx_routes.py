#!/usr/bin/env python3
"""Compare Pathways' k best routes with networkx's shortest_simple_paths on the same graph.

The graph is the route search's own state graph (a step or job paired with the English and
maths level held on arrival), written by the benchmark, so both tools search the very same
nodes and moves. Entering a state costs its node's weeks.

    swift build -c release
    .build/release/pathways synth --steps 100000 --jobs 10000 --seed 42 --out /tmp/synth100k
    .build/release/pathways-benchmarks --content /tmp/synth100k --k 10 --random 20 --json \
        --export-graph /tmp/synth100k-graph.json > /tmp/synth100k-pathways.json
    python3 -m pip install networkx            # for this script only; never in tests or CI
    python3 Benchmarks/networkx_routes.py /tmp/synth100k-graph.json /tmp/synth100k-pathways.json

It runs the same queries (the jobs and k in the Pathways report), times each, checks that the
lists of weeks are identical, and prints median and p95 for both tools with their ratio.

networkx takes many minutes on 100k steps and its times do not change when Pathways does, so
`--cache FILE` keeps its answers: a query already in FILE (the same graph, job and k) reuses
the weeks and time measured then, and each query run now is added to it. Without `--cache`
every query runs afresh: a full comparison.

    python3 Benchmarks/networkx_routes.py --cache /tmp/networkx-cache.json GRAPH.json REPORT.json
"""
import hashlib
import itertools
import json
import os
import statistics
import sys
import time

import networkx as nx

USAGE = "usage: networkx_routes.py [--cache FILE] GRAPH.json PATHWAYS-REPORT.json"


def percentile(values, p):
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # nearest-rank
    return ordered[int(rank) - 1]


def parse_arguments(argv):
    """The cache file (or None) and the two input files; exits with the usage otherwise."""
    args = list(argv)
    cache = None
    if args[:1] == ["--cache"]:
        if len(args) < 2:
            sys.exit(USAGE)
        cache, args = args[1], args[2:]
    if len(args) != 2:
        sys.exit(USAGE)
    return cache, args[0], args[1]


def load_cache(path, graph_hash):
    """Earlier networkx answers for this graph, keyed "job k"; empty when missing, unreadable
    or written for another graph."""
    if path is None or not os.path.exists(path):
        return {}
    try:
        with open(path) as f:
            saved = json.load(f)
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("graph") != graph_hash:
        return {}
    queries = saved.get("queries")
    return queries if isinstance(queries, dict) else {}


def save_cache(path, graph_hash, queries):
    """Writes the answers to a temporary file beside `path`, then renames it into place."""
    temporary = path + ".tmp"
    with open(temporary, "w") as f:
        json.dump({"graph": graph_hash, "queries": queries}, f)
    os.replace(temporary, path)


def build_graph(g):
    """The state graph as a networkx DiGraph, a virtual "source" before the first states."""
    m, weeks = g["levelCount"], g["weeks"]
    graph = nx.DiGraph()
    for s in g["sourceMoves"]:
        graph.add_edge("source", s, weight=weeks[s // m])
    for a, b in zip(g["from"], g["to"]):
        graph.add_edge(a, b, weight=weeks[b // m])
    return graph


def run_query(graph, job, m, weeks, k):
    """networkx's k best routes to node `job` (each route's weeks) and the milliseconds taken.

    Every state of the job feeds one sink, so routes ending in any of them compete."""
    sink = ("job", job)
    for level in range(m):
        state = job * m + level
        if state in graph:
            graph.add_edge(state, sink, weight=0)
    start = time.perf_counter()
    found = []
    if sink in graph:
        try:
            for path in itertools.islice(nx.shortest_simple_paths(graph, "source", sink, weight="weight"), k):
                found.append(sum(weeks[s // m] for s in path[1:-1]))
        except nx.NetworkXNoPath:
            pass
    elapsed = (time.perf_counter() - start) * 1000
    if sink in graph:
        graph.remove_node(sink)
    return found, elapsed


def main():
    cache_path, graph_path, report_path = parse_arguments(sys.argv[1:])
    with open(graph_path, "rb") as f:
        raw = f.read()
    graph_hash = hashlib.sha256(raw).hexdigest()
    g = json.loads(raw)
    with open(report_path) as f:
        report = json.load(f)
    cache = load_cache(cache_path, graph_hash)
    m, weeks = g["levelCount"], g["weeks"]
    index = {node_id: i for i, node_id in enumerate(g["nodeIDs"])}
    graph = build_graph(g)
    print(f"networkx graph: {graph.number_of_nodes()} states, {graph.number_of_edges()} moves")

    k = report["k"]
    ours, theirs, same, reused = [], [], 0, 0
    for query in report["queries"]:
        key = f"{query['job']} {k}"
        if key in cache:
            found, elapsed = cache[key]["weeks"], cache[key]["ms"]
            reused += 1
        else:
            found, elapsed = run_query(graph, index[query["job"]], m, weeks, k)
            if cache_path is not None:
                cache[key] = {"weeks": found, "ms": elapsed}
                save_cache(cache_path, graph_hash, cache)
        theirs.append(elapsed)
        ours.append(query["ms"])
        match = found == query["weeks"]
        same += match
        print(f"{query['job']}: networkx {elapsed:.1f} ms, pathways {query['ms']:.3f} ms, "
              f"weeks {'identical' if match else 'DIFFER'} {found}" + ("" if match else f" vs {query['weeks']}"))

    def line(name, values):
        return f"{name}: median {statistics.median(values):.3f} ms, p95 {percentile(values, 95):.3f} ms"

    if reused:
        print(f"networkx times reused from {cache_path}: {reused} of {len(report['queries'])} queries")
    print(line("networkx", theirs))
    print(line("pathways", ours))
    print(f"ratio: median {statistics.median(theirs) / statistics.median(ours):.0f}x, "
          f"p95 {percentile(theirs, 95) / percentile(ours, 95):.0f}x")
    print(f"identical lists of weeks: {same} of {len(report['queries'])}")


if __name__ == "__main__":
    main()
