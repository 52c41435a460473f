import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ReportGraph } from '../graph/graph-data.js';

// The package is CommonJS: under NodeNext typing its class sits on `.default`, at run time (Vite) it is the import itself.
type FA2Layout = InstanceType<typeof FA2Module.default>;
const FA2LayoutClass = ((FA2Module as unknown as { default?: unknown }).default ?? FA2Module) as typeof FA2Module.default;

/** ForceAtlas2 in a web worker with start/stop; it also stops by itself after `maxMs`. */
export class LayoutRunner {
  private layout: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly graph: ReportGraph, private readonly onChange: (running: boolean) => void) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(maxMs = 4000): void {
    if (this.running) return;
    this.layout?.kill();
    const settings = forceAtlas2.inferSettings(this.graph);
    this.layout = new FA2LayoutClass(this.graph, { settings: { ...settings, barnesHutOptimize: this.graph.order > 500, adjustSizes: false } });
    this.layout.start();
    this.timer = setTimeout(() => this.stop(), maxMs);
    this.onChange(true);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.layout?.isRunning()) this.layout.stop();
    this.onChange(false);
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  kill(): void {
    this.stop();
    this.layout?.kill();
    this.layout = null;
  }
}
