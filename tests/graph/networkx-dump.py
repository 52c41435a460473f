# Reads a GEXF 1.3 file with NetworkX (registering the 1.3 namespaces, as
# ../shared/gexf/CHECKS.md does) and prints its nodes and edges as JSON.
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

GEXF.versions["1.3"] = dict(
    GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3"
)
G = nx.read_gexf(sys.argv[1], version="1.3")
out = {
    "directed": G.is_directed(),
    "nodes": {str(n): d for n, d in G.nodes(data=True)},
    "edges": [[str(s), str(t), d] for s, t, d in G.edges(data=True)],
}
print(json.dumps(out))
