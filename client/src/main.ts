import './styles.css';
import { fetchActors, fetchGraphColumns, fetchOutlets } from './api/client.js';
import { parseViewState } from './core/state/url-state.js';
import { filterQuery } from './core/state/view-state.js';
import type { Explorer } from './app.js';

// The first view's requests start before the explorer's code (sigma, graphology, the UI) is loaded and parsed:
// this entry is tiny, and the download of a large graph then overlaps with everything else the page does. The
// view comes in columns (/api/graph/columns): a third of the bytes of /api/graph, and its first line, all the
// first frame needs, parses in a fraction of the time; the rest (claim texts, dates…) is read after that frame.
// The small lists go first: queued behind a large graph response they would hold up the first load.
const firstLists = Promise.all([fetchOutlets(), fetchActors()]);
firstLists.catch(() => undefined);
const firstView = fetchGraphColumns(filterQuery(parseViewState(location.search)));
firstView.catch(() => undefined);

/** A small hook for the browser tests and the benchmark: read-only views of the page's state. */
declare global {
  interface Window {
    __reportgraph?: {
      explorer: Explorer;
      loads(): number;
      visibleNodes(): string[];
      selected(): string | null;
      nodeScreenPosition(key: string): { x: number; y: number } | null;
      hover(key: string | null): number;
      layoutRunning(): boolean;
      metrics: Explorer['metrics'];
    };
  }
}

void import('./app.js').then(({ Explorer }) => {
  const explorer = new Explorer(location.search);
  window.__reportgraph = {
    explorer,
    loads: () => explorer.loads,
    visibleNodes: () => {
      const graph = explorer.currentGraph;
      const visible = explorer.highlight.visible;
      return graph.filterNodes((key) => !visible || visible.has(key));
    },
    selected: () => explorer.state.selected,
    nodeScreenPosition: (key) => explorer.nodeScreenPosition(key),
    hover: (key) => explorer.hover(key),
    layoutRunning: () => explorer.layout.running,
    metrics: explorer.metrics,
  };
  void explorer.start({ view: firstView, lists: firstLists });
});
