import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { ApiError, UnreachableError, exportUrl, fetchActors, fetchGraph, fetchGraphColumns, fetchNode, fetchOutlets } from './api/client.js';
import type { ActorSummary, AddArticlesResult, OutletSummary, SearchHit, SerializedGraph } from './api/types.js';
import { attributionsCsv, claimDates, visibleAttributions } from './core/graph/attributions.js';
import { trace, neighbourhood, type Focus } from './core/graph/focus.js';
import { createGraph, importEdges, importNodeDetails, importNodes, keysOf, mergeView, sizeByDegree, type ReportGraph } from './core/graph/graph-data.js';
import { columnsOfView, isColumns, toSerializedGraph, viewSize, type ViewColumns, type ViewSize } from './core/graph/view-columns.js';
import { EDGE_PROGRAMS, NODE_PROGRAMS } from './core/graph/programs.js';
import { emptyHighlight, makeEdgeReducer, makeNodeReducer } from './core/graph/reducers.js';
import { outletActorSummary } from './core/graph/summary.js';
import { flushRenderer, warmUpGraph } from './core/graph/warm-up.js';
import { LayoutRunner } from './core/layout/fa2-layout.js';
import { formatViewState, parseViewState } from './core/state/url-state.js';
import { filterQuery, hasFilters, type ViewState } from './core/state/view-state.js';
import { AddArticlesDialog } from './ui/add-articles.js';
import { renderDetails, renderDetailsMessage } from './ui/details.js';
import { byId, plural } from './ui/dom.js';
import { FilterPanel } from './ui/filters.js';
import { renderLegend } from './ui/legend.js';
import { renderListView } from './ui/list-view.js';
import { SearchBox } from './ui/search-box.js';
import { hideStatus, showStatus, toast } from './ui/status.js';

/** Past these a view is not drawn unless asked: the outlet → actor summary is offered instead. */
export const MAX_DRAWN_NODES = 40_000;
export const MAX_DRAWN_EDGES = 120_000;
/** Up to this many nodes a hover mutes everything else; above it only the neighbourhood is emphasised. */
const DIM_LIMIT = 2_500;
/**
 * Past this many edges they are drawn as plain lines without arrowheads: at that density heads are not readable,
 * and the arrow program (body + head) costs about three times as much to index and draw.
 */
const ARROW_EDGE_LIMIT = 20_000;
/** Views with more nodes than this draw claims as points (see HighlightState.claimsAsPoints). */
const POINT_CLAIMS_LIMIT = 5_000;
/** Graphs up to this size get a ForceAtlas2 run on first load. */
const AUTO_LAYOUT_LIMIT = 3_000;

export interface Metrics {
  /** ms from navigation start to the first frame with the graph in it handed to the compositor */
  firstFrame: number | null;
  /** ms of the last hover highlight (reducers + refresh) */
  lastHover: number | null;
  /** ms from navigation start at which each step of the first load ended */
  steps: Record<string, number>;
}

/**
 * Resolves once the frame drawn so far has reached the screen: when the second animation frame begins, the first
 * one's canvases have been committed to the compositor (with software GL that commit waits until the GPU process
 * has rasterised them).
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export class Explorer {
  readonly graph: ReportGraph = createGraph();
  private summaryGraph: ReportGraph | null = null;
  sigma: Sigma | null = null;
  state: ViewState;
  readonly highlight = emptyHighlight();
  readonly metrics: Metrics = { firstFrame: null, lastHover: null, steps: {} };
  readonly layout: LayoutRunner;
  private readonly filters: FilterPanel;
  private loadToken = 0;
  /** edges drawn without arrowheads (large graphs) */
  private plainEdges = false;
  private forceDraw = false;
  /** node count of the last view served */
  private lastViewNodes: number | null = null;
  /** the outlet and actor lists of the first load, taken in after the first view is drawn */
  private firstLists: Promise<[OutletSummary[], ActorSummary[]]> | null = null;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private detailsToken = 0;
  /** completed view loads; the test hook waits on it */
  loads = 0;

  /** Size past which a view is not drawn unless asked; `?max=N` in the URL overrides it for a session. */
  private readonly maxNodes: number;
  private readonly maxEdges: number;

  constructor(search: string) {
    this.state = parseViewState(search);
    const max = Number(new URLSearchParams(search).get('max'));
    this.maxNodes = Number.isInteger(max) && max > 0 ? max : MAX_DRAWN_NODES;
    this.maxEdges = Number.isInteger(max) && max > 0 ? max * 3 : MAX_DRAWN_EDGES;
    this.layout = new LayoutRunner(this.graph, (running) => {
      const button = byId('layout-toggle');
      button.textContent = running ? 'Stop layout' : 'Run layout';
      button.setAttribute('aria-pressed', String(running));
      if (!running) this.scheduleUrlUpdate();
    });
    this.filters = new FilterPanel({ change: (update) => this.changeFilters(update) });
    new SearchBox((hit) => void this.chooseSearchHit(hit));
    new AddArticlesDialog((result) => this.articlesAdded(result));
    this.bindActions();
    renderLegend();
  }

  get currentGraph(): ReportGraph {
    return this.state.mode === 'summary' && this.summaryGraph ? this.summaryGraph : this.graph;
  }

  /**
   * First load; `early` holds requests the entry module already started (a retry asks again). The first view is
   * drawn as soon as it arrives, nodes first (see firstDraw); the outlet and actor lists are taken in after it.
   */
  async start(early?: { view: Promise<ViewColumns>; lists: Promise<[OutletSummary[], ActorSummary[]]> }): Promise<void> {
    this.step('started');
    showStatus('loading', 'Loading the graph…', 'Fetching outlets, actors and the current view.');
    const lists = early?.lists ?? Promise.all([fetchOutlets(), fetchActors()]);
    lists.catch(() => undefined);
    const firstView = early?.view ?? fetchGraphColumns(filterQuery(this.state));
    firstView.catch(() => undefined);
    // The renderer (WebGL contexts, shader programs, canvases) is set up while the graph downloads, on an
    // empty graph, so that none of it is on the way to the first frame. Its canvases stay hidden until then:
    // without a GPU, every frame that shows them waits for the GPU process to finish and reads them back.
    byId('graph').classList.add('unpainted');
    this.ensureSigma(createGraph());
    this.warmUp();
    this.step('renderer');
    this.firstLists = lists;
    await this.loadView(firstView);
  }

  /**
   * Fetches the view the filters describe (or takes the one pending: the first view, in columns), takes it into
   * the graph and shows it. Returns the new node keys.
   */
  async loadView(pending?: Promise<SerializedGraph | ViewColumns>): Promise<string[]> {
    const token = ++this.loadToken;
    const slow = setTimeout(() => showStatus('loading', 'Loading the view…', 'Asking the server for the filtered graph.'), 250);
    let view: SerializedGraph | ViewColumns;
    try {
      view = await (pending ?? fetchGraph(filterQuery(this.state)));
      this.step('fetched');
    } catch (err) {
      clearTimeout(slow);
      const first = this.loads === 0 && this.graph.order === 0;
      if (token === this.loadToken) this.showFailure(err, () => void (first ? this.start() : this.loadView()));
      return [];
    } finally {
      clearTimeout(slow);
    }
    if (token !== this.loadToken) return [];
    const size = viewSize(view);
    this.lastViewNodes = size.nodes;
    this.updateExportLinks();

    const tooLarge = !this.forceDraw && (size.nodes > this.maxNodes || size.edges > this.maxEdges);
    if (this.state.mode === 'summary' || tooLarge) {
      await this.takeFirstLists();
      this.filters.render(this.state);
      if (this.state.mode === 'summary') this.showSummary(isColumns(view) ? toSerializedGraph(view) : view);
      else this.showTooLarge(size);
      this.finishLoad();
      return [];
    }
    this.summaryGraph = null;
    if (this.graph.order === 0) return this.firstDraw(isColumns(view) ? view : columnsOfView(view), size, token);

    const served = isColumns(view) ? toSerializedGraph(view) : view;
    const added = mergeView(this.graph, served);
    if (added.length) sizeByDegree(this.graph);
    this.highlight.visible = keysOf(served);
    this.setDensity(this.graph.order, this.graph.size);
    this.filters.setDates(claimDates(this.graph));
    this.filters.render(this.state);
    this.refreshSelection();
    // Each of these draws once.
    if (this.sigma!.getGraph() !== this.graph) this.sigma!.setGraph(this.graph);
    else this.sigma!.refresh();
    this.showView(size);
    if (this.state.mode === 'list') this.renderList();
    this.finishLoad();
    return added;
  }

  /**
   * The first view, drawn in two frames: its nodes as soon as they are in the graph, then its edges (the larger
   * and costlier part: building them, indexing them for sigma, rasterising them without a GPU) once the nodes'
   * frame is on screen. The nodes' other attributes (texts, dates…), lists, dates and the selection, which need
   * no pixel, come after that frame too.
   */
  private async firstDraw(columns: ViewColumns, size: ViewSize, token: number): Promise<string[]> {
    const added = importNodes(this.graph, columns);
    this.step('merged');
    // the graph holds exactly this view: nothing to hide, and no reducer needs to look each node or edge up
    this.highlight.visible = null;
    this.setDensity(size.nodes, size.edges);
    this.sigma!.setGraph(this.graph);
    this.step('drawn');
    byId('graph').classList.replace('unpainted', 'nodes-only');
    this.showView(size);
    await nextFrame();
    this.step('painted');
    if (this.metrics.firstFrame === null) this.metrics.firstFrame = performance.now();
    byId('graph').classList.remove('nodes-only');
    if (token !== this.loadToken) return added;

    // The edges go in while sigma looks at an empty graph: one indexation of the whole graph when it looks back,
    // instead of one refresh per added edge. (Both draws are in this task: no empty frame reaches the screen.)
    this.sigma!.setGraph(createGraph());
    importNodeDetails(this.graph, columns);
    importEdges(this.graph, columns);
    this.refreshSelection();
    this.sigma!.setGraph(this.graph);
    this.step('edgesDrawn');
    void nextFrame().then(() => this.step('edgesPainted'));
    this.filters.setDates(claimDates(this.graph));
    await this.takeFirstLists();
    this.filters.render(this.state);
    if (!this.state.camera && !this.state.selected && this.graph.order <= AUTO_LAYOUT_LIMIT && this.graph.order > 2) this.layout.start(2500);
    if (this.state.mode === 'list') this.renderList();
    this.finishLoad();
    return added;
  }

  /** Draws a graph holding every program once, with and without plain edges (see warm-up.ts). */
  private warmUp(): void {
    const sigma = this.sigma!;
    const plain = this.plainEdges;
    const claimsAsPoints = this.highlight.claimsAsPoints;
    sigma.setGraph(warmUpGraph());
    for (const dense of [false, true]) {
      this.plainEdges = dense;
      this.highlight.claimsAsPoints = dense;
      sigma.refresh();
      flushRenderer(sigma);
    }
    this.plainEdges = plain;
    this.highlight.claimsAsPoints = claimsAsPoints;
    sigma.setGraph(createGraph());
  }

  /** The outlet and actor lists of the first load, once (later loads keep them). */
  private async takeFirstLists(): Promise<void> {
    const lists = this.firstLists;
    if (!lists) return;
    this.firstLists = null;
    try {
      const [outlets, actors] = await lists;
      this.filters.setLists(outlets, actors);
      this.step('lists');
    } catch {
      // the graph is drawn without them; adding an article fetches them again (see articlesAdded)
      toast('The lists of outlets and actors could not be loaded.');
    }
  }

  /** How a view of this size is drawn (see the limits at the top). */
  private setDensity(nodes: number, edges: number): void {
    this.highlight.dimOthers = nodes <= DIM_LIMIT;
    this.plainEdges = edges > ARROW_EDGE_LIMIT;
    this.highlight.claimsAsPoints = nodes > POINT_CLAIMS_LIMIT;
  }

  /** Counts and the status line of a drawn view. */
  private showView(size: ViewSize): void {
    this.showCounts(size);
    if (!size.nodes) {
      showStatus('empty', 'Nothing in this view', hasFilters(this.state) ? 'No claims match these filters. Widen the dates or pick other outlets.' : 'No articles yet. Add some to start the graph.', hasFilters(this.state)
        ? [{ label: 'Clear filters', primary: true, run: () => this.changeFilters((s) => { s.outlets = []; s.actors = []; s.kinds = []; s.from = null; s.to = null; }) }]
        : [{ label: 'Add articles', primary: true, run: () => byId('add-open').click() }]);
    } else {
      hideStatus();
    }
  }

  private finishLoad(): void {
    byId('graph').classList.remove('unpainted');
    this.loads += 1;
    this.applyMode();
    this.scheduleUrlUpdate(0);
  }

  private showFailure(err: unknown, retry: () => void): void {
    byId('graph').classList.remove('unpainted');
    if (err instanceof UnreachableError || !(err instanceof ApiError)) {
      showStatus('error', 'The server is unreachable', 'Reportgraph could not reach its server. Check that it is running, then try again.', [{ label: 'Try again', primary: true, run: retry }]);
    } else {
      showStatus('error', 'The server refused this view', err.message, [{ label: 'Reset filters', primary: true, run: () => this.changeFilters((s) => { s.outlets = []; s.actors = []; s.kinds = []; s.from = null; s.to = null; }) }]);
    }
  }

  private showTooLarge(size: ViewSize): void {
    showStatus('large', 'This view is too large to draw smoothly', `It holds ${plural(size.nodes, 'node')} and ${plural(size.edges, 'edge')}. Narrow it with the filters, look at the outlet → actor summary, or draw it anyway.`, [
      { label: 'Outlet → actor summary', primary: true, run: () => this.setMode('summary') },
      { label: 'Draw anyway', run: () => { this.forceDraw = true; void this.loadView(); } },
    ]);
    this.showCounts(size);
  }

  private showSummary(view: SerializedGraph): void {
    const summary = outletActorSummary(view);
    const graph = createGraph();
    mergeView(graph, summary);
    sizeByDegree(graph);
    this.summaryGraph = graph;
    this.highlight.visible = null;
    this.highlight.dimOthers = graph.order <= DIM_LIMIT;
    this.plainEdges = graph.size > ARROW_EDGE_LIMIT;
    this.refreshSelection();
    this.ensureSigma(graph);
    if (this.sigma!.getGraph() !== graph) this.sigma!.setGraph(graph);
    else this.sigma!.refresh();
    byId('counts').textContent = `Summary: ${plural(graph.order, 'node')}, ${plural(graph.size, 'outlet → actor link')} (from ${plural(view.nodes.length, 'node')})`;
    hideStatus();
  }

  /** Records when a step of the first load ended; also as a performance mark, for traces and profilers. */
  private step(name: string): void {
    if (name in this.metrics.steps) return;
    this.metrics.steps[name] = performance.now();
    performance.mark(`reportgraph:${name}`);
  }

  /** Creates the renderer on first use (its constructor draws the first frame); true when it did. */
  private ensureSigma(graph: ReportGraph = this.graph): boolean {
    if (this.sigma) return false;
    const container = byId('graph');
    const getGraph = () => this.currentGraph;
    const nodeReducer = makeNodeReducer(this.highlight);
    const edgeReducer = makeEdgeReducer(getGraph, this.highlight);
    this.sigma = new Sigma(graph, container, {
      nodeProgramClasses: NODE_PROGRAMS,
      edgeProgramClasses: EDGE_PROGRAMS,
      defaultNodeType: 'circle',
      defaultEdgeType: 'arrow',
      nodeReducer: (node, data) => nodeReducer(node, data as never),
      edgeReducer: (edge, data) => {
        const res = edgeReducer(edge, data as never);
        if (this.plainEdges) res.type = 'line';
        return res;
      },
      zIndex: true,
      renderEdgeLabels: false,
      labelFont: '"Inter", "Segoe UI", system-ui, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f2937' },
      labelRenderedSizeThreshold: 8,
      labelDensity: 0.5,
      labelGridCellSize: 90,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 40,
      allowInvalidContainer: true,
    });
    if (this.state.camera) this.sigma.getCamera().setState(this.state.camera);
    this.sigma.on('enterNode', ({ node }) => {
      container.classList.add('pointer');
      this.hover(node);
    });
    this.sigma.on('leaveNode', () => {
      container.classList.remove('pointer');
      this.hover(null);
    });
    this.sigma.on('clickNode', ({ node }) => this.select(node));
    this.sigma.on('clickStage', () => this.select(null));
    this.sigma.getCamera().on('updated', () => this.scheduleUrlUpdate());
    return true;
  }

  /** Hover highlight: state change, then a refresh (partial on big graphs). Returns its duration in ms. */
  hover(key: string | null): number {
    const t0 = performance.now();
    const graph = this.currentGraph;
    const before = this.highlight.hoverFocus;
    this.highlight.hovered = key && graph.hasNode(key) ? key : null;
    this.highlight.hoverFocus = this.highlight.hovered ? neighbourhood(graph, this.highlight.hovered) : null;
    this.refreshFocus(before, this.highlight.hoverFocus);
    const ms = performance.now() - t0;
    this.metrics.lastHover = ms;
    return ms;
  }

  /** Redraws after a focus change: everything when others are muted, else only what changed. */
  private refreshFocus(before: Focus | null, after: Focus | null): void {
    if (!this.sigma) return;
    // schedule: hovers coalesce into one frame per animation frame instead of queueing draws.
    if (this.highlight.dimOthers) {
      this.sigma.refresh({ skipIndexation: true, schedule: true });
      return;
    }
    const nodes = new Set<string>([...(before?.nodes ?? []), ...(after?.nodes ?? [])]);
    const edges = new Set<string>([...(before?.edges ?? []), ...(after?.edges ?? [])]);
    this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule: true });
  }

  select(key: string | null): void {
    const graph = this.currentGraph;
    if (key && !graph.hasNode(key)) key = null;
    const before = this.highlight.selectionFocus;
    this.state.selected = key;
    this.highlight.selected = key;
    this.highlight.selectionFocus = key ? trace(graph, key) : null;
    if (!key) this.highlight.recent = new Set();
    if (this.sigma) {
      if (this.highlight.dimOthers) this.sigma.refresh({ skipIndexation: true });
      else this.refreshFocus(before, this.highlight.selectionFocus);
    }
    this.scheduleUrlUpdate(0);
    void this.showDetails(key);
    if (this.state.mode === 'list') this.renderList();
  }

  private refreshSelection(): void {
    const key = this.state.selected;
    const graph = this.currentGraph;
    this.highlight.selected = key && graph.hasNode(key) ? key : null;
    this.highlight.selectionFocus = this.highlight.selected ? trace(graph, this.highlight.selected) : null;
    if (key && this.loads === 0) void this.showDetails(key);
  }

  private async showDetails(key: string | null): Promise<void> {
    const panel = byId('details');
    const token = ++this.detailsToken;
    if (!key) {
      renderDetailsMessage(panel, 'Details', 'Hover a node to see its neighbours; click one to trace it: the outlets that reported a claim, the sources they cited, the actors it involves and the sentences it came from.');
      return;
    }
    if (key.startsWith('summary:')) return;
    renderDetailsMessage(panel, 'Loading…', 'Fetching the details of this node.');
    try {
      const details = await fetchNode(key);
      if (token !== this.detailsToken) return;
      renderDetails(panel, details, { select: (k) => void this.selectAndFly(k) });
      panel.dataset.node = key;
    } catch (err) {
      if (token !== this.detailsToken) return;
      renderDetailsMessage(panel, 'No details', err instanceof ApiError ? err.message : 'The server could not be reached.');
    }
  }

  /** Moves the camera to a node. */
  flyTo(key: string): void {
    if (!this.sigma || !this.currentGraph.hasNode(key)) return;
    const data = this.sigma.getNodeDisplayData(key);
    if (!data) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 600 });
  }

  /** Selects a node, widening the view first if the current filters hide it. */
  async selectAndFly(key: string, kind?: string): Promise<void> {
    if (this.state.mode === 'summary') this.state.mode = 'graph';
    const shown = () => this.graph.hasNode(key) && (!this.highlight.visible || this.highlight.visible.has(key));
    if (!shown() || this.currentGraph !== this.graph) {
      this.state.outlets = [];
      this.state.actors = [];
      this.state.from = null;
      this.state.to = null;
      if (kind === 'article' || key.startsWith('article:')) this.state.kinds = ['outlet', 'source', 'claim', 'actor', 'article'];
      else this.state.kinds = [];
      await this.loadView();
    }
    this.select(key);
    this.flyTo(key);
  }

  private async chooseSearchHit(hit: SearchHit): Promise<void> {
    await this.selectAndFly(hit.key, hit.kind);
  }

  private changeFilters(update: (state: ViewState) => void): void {
    update(this.state);
    this.forceDraw = false;
    if (this.state.mode === 'summary' && this.lastViewNodes !== null && this.lastViewNodes <= this.maxNodes) this.state.mode = 'graph';
    void this.loadView();
  }

  private async articlesAdded(result: AddArticlesResult): Promise<void> {
    const added = await this.loadView();
    const keys = result.nodes.length ? result.nodes : added;
    const present = keys.filter((k) => this.graph.hasNode(k));
    const hidden = present.filter((k) => this.highlight.visible && !this.highlight.visible.has(k));
    this.highlight.recent = new Set(present);
    this.sigma?.refresh({ skipIndexation: true });
    const firstClaim = present.find((k) => k.startsWith('claim:')) ?? present[0];
    if (firstClaim && !hidden.includes(firstClaim)) this.flyTo(firstClaim);
    const n = result.articles;
    toast(`${n === 1 ? 'Article' : `${n} articles`} added: ${plural(result.attributions, 'attribution')}, ${plural(present.length, 'new node')}${hidden.length ? ` (${hidden.length} hidden by the filters)` : ''}.`);
    try {
      const [outlets, actors] = await Promise.all([fetchOutlets(), fetchActors()]);
      this.filters.setLists(outlets, actors);
      this.filters.render(this.state);
    } catch {
      // the lists stay as they were; the graph already has the new nodes
    }
  }

  setMode(mode: ViewState['mode']): void {
    this.state.mode = mode;
    if (mode === 'summary' || this.currentGraph !== this.graph) {
      void this.loadView();
      return;
    }
    this.applyMode();
    if (mode === 'list') this.renderList();
    this.scheduleUrlUpdate(0);
  }

  private applyMode(): void {
    const list = this.state.mode === 'list';
    byId('listview').hidden = !list;
    const toggle = byId('view-toggle');
    toggle.textContent = list ? 'Graph view' : 'List view';
    toggle.setAttribute('aria-pressed', String(list));
    document.body.dataset.mode = this.state.mode;
  }

  private renderList(): void {
    renderListView(visibleAttributions(this.graph, this.highlight.visible), this.state.selected, (key) => this.select(key));
  }

  private showCounts(size: ViewSize): void {
    const counts = `${plural(size.nodes, 'node')} · ${plural(size.edges, 'edge')} in view`;
    const meta = size.attributes;
    // the server caps a view's nodes (its `limit`), keeping the most-reported claims; exports are never capped
    byId('counts').textContent = meta.truncated === true && typeof meta.totalNodes === 'number'
      ? `${counts} — the ${plural(size.nodes, 'best-reported node')} of ${plural(meta.totalNodes, 'node')}; narrow the filters, or export the whole view`
      : counts;
  }

  private updateExportLinks(): void {
    const query = filterQuery(this.state);
    byId<HTMLAnchorElement>('export-gexf').href = exportUrl('gexf', query);
    byId<HTMLAnchorElement>('export-csv').href = exportUrl('csv', query);
  }

  /** The list view's attributions as CSV, built in the page (used when the server export is unavailable). */
  viewCsv(): string {
    return attributionsCsv(visibleAttributions(this.graph, this.highlight.visible));
  }

  private bindActions(): void {
    byId('view-toggle').addEventListener('click', () => this.setMode(this.state.mode === 'list' ? 'graph' : 'list'));
    byId('layout-toggle').addEventListener('click', () => {
      try {
        this.layout.toggle();
      } catch (err) {
        toast(`The layout could not start: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
    const menu = byId('export-menu');
    const opener = byId('export-open');
    const setMenu = (open: boolean) => {
      menu.hidden = !open;
      opener.setAttribute('aria-expanded', String(open));
    };
    opener.addEventListener('click', () => setMenu(menu.hidden === true));
    menu.addEventListener('click', () => setMenu(false));
    document.addEventListener('click', (e) => {
      if (!menu.hidden && !(e.target as Element).closest('.menu')) setMenu(false);
    });
    byId('export-png').addEventListener('click', () => {
      if (this.sigma) void downloadAsPNG(this.sigma, { backgroundColor: '#ffffff', fileName: 'reportgraph' });
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !(e.target as Element).closest('input, textarea, dialog')) this.select(null);
    });
    window.addEventListener('popstate', () => {
      this.state = parseViewState(location.search);
      void this.loadView();
    });
  }

  private scheduleUrlUpdate(delay = 300): void {
    if (this.urlTimer) clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.writeUrl(), delay);
  }

  private writeUrl(): void {
    if (this.sigma) {
      const { x, y, ratio } = this.sigma.getCamera().getState();
      this.state.camera = { x, y, ratio };
    }
    const qs = formatViewState(this.state);
    const next = `${location.pathname}${qs ? `?${qs}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
  }

  /** Where a node is drawn, in page coordinates (for keyboard users' focus rings and for tests). */
  nodeScreenPosition(key: string): { x: number; y: number } | null {
    if (!this.sigma || !this.currentGraph.hasNode(key)) return null;
    const attrs = this.currentGraph.getNodeAttributes(key);
    const point = this.sigma.graphToViewport({ x: attrs.x, y: attrs.y });
    const rect = byId('graph').getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }
}
