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
"""
import itertools
import json
import statistics
import sys
import time

import networkx as nx


def percentile(values, p):
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # nearest-rank
    return ordered[int(rank) - 1]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: networkx_routes.py GRAPH.json PATHWAYS-REPORT.json")
    with open(sys.argv[1]) as f:
        g = json.load(f)
    with open(sys.argv[2]) as f:
        report = json.load(f)
    m = g["levelCount"]
    weeks = g["weeks"]
    index = {node_id: i for i, node_id in enumerate(g["nodeIDs"])}

    graph = nx.DiGraph()
    for s in g["sourceMoves"]:
        graph.add_edge("source", s, weight=weeks[s // m])
    for a, b in zip(g["from"], g["to"]):
        graph.add_edge(a, b, weight=weeks[b // m])
    print(f"networkx graph: {graph.number_of_nodes()} states, {graph.number_of_edges()} moves")

    k = report["k"]
    ours, theirs, same = [], [], 0
    for query in report["queries"]:
        job = index[query["job"]]
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
        theirs.append(elapsed)
        ours.append(query["ms"])
        match = found == query["weeks"]
        same += match
        print(f"{query['job']}: networkx {elapsed:.1f} ms, pathways {query['ms']:.3f} ms, "
              f"weeks {'identical' if match else 'DIFFER'} {found}" + ("" if match else f" vs {query['weeks']}"))

    def line(name, values):
        return f"{name}: median {statistics.median(values):.3f} ms, p95 {percentile(values, 95):.3f} ms"

    print(line("networkx", theirs))
    print(line("pathways", ours))
    print(f"ratio: median {statistics.median(theirs) / statistics.median(ours):.0f}x, "
          f"p95 {percentile(theirs, 95) / percentile(ours, 95):.0f}x")
    print(f"identical lists of weeks: {same} of {len(report['queries'])}")


if __name__ == "__main__":
    main()
