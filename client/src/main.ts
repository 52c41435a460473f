import './styles.css';
import { Explorer } from './app.js';

const explorer = new Explorer(location.search);

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

void explorer.start();
