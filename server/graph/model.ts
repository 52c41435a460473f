// The live attribution graph and its side indexes. Pure: no I/O.
import { MultiDirectedGraph } from 'graphology';
import type { ArticleRecord } from '../store/types.js';
import type { Attribution } from '../extract/types.js';
import type { EdgeAttributes, EdgeKind, NodeAttributes, NodeKind } from './types.js';
import type { AttributionGraph, Evidence } from './model-types.js';
import { ClaimIndex } from './claim-index.js';
import { slugify } from './slug.js';
import { ACTOR_KIND_COLORS, EDGE_KIND_COLORS, NODE_KIND_COLORS, outletColor, sourceColor } from './colors.js';
import { edgeSize, nodeSize } from './sizes.js';
import { datePart, shortLabel } from './labels.js';
import { guessActorKind } from './actor-kind.js';
import { placeNewNodes, runLayout } from './layout.js';
import { ClaimLinks, registerClaimLinks } from './claim-links.js';
import { EdgeIndex } from './edge-index.js';


const MAX_REMEMBERED_NAMES = 100_000;

export function outletKey(name: string): string {
  return 'outlet:' + slugify(name);
}
export function actorKey(name: string): string {
  return 'actor:' + slugify(name);
}
export function sourceKey(scopeSlug: string, speaker: string): string {
  return `source:${scopeSlug}:${slugify(speaker)}`;
}
export function articleKey(id: string): string {
  return 'article:' + id;
}
export function edgeKey(kind: EdgeKind, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

/**
 * What one article put into the graph, so it can be taken out again. Keys are the
 * graph's own key strings (interned), so a 100k-article store does not hold millions
 * of copies of the same edge key.
 */
interface Contribution {
  /** the distinct nodes it references */
  nodes: string[];
  /** edges it supports, one entry per supporting attribution */
  edges: string[];
  /** node key, mention, node key, mention…: what it added to aliases (flat: one array per article) */
  aliases: string[];
  /** claim key of each attribution, by attribution index */
  claims: string[];
}

export class GraphModel {
  readonly graph: AttributionGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly claimIndex = new ClaimIndex();
  private readonly evidenceByClaim = new Map<string, Evidence[]>();
  private readonly contributions = new Map<string, Contribution>();
  /** per node: its key as the graph holds it and how many articles reference it */
  private readonly nodeRefs = new Map<string, { key: string; refs: number }>();
  /** the edges other than `contains`, by kind, source and target: their keys as the graph holds them */
  private readonly edgeKeys = new EdgeIndex();
  /** outlet, speaker, cue and date strings of evidence, shared instead of one copy per attribution */
  private readonly evidenceStrings = new Map<string, string>();
  /** the edges of each claim other than `contains`, for views that must skip a claim's many articles */
  readonly claimLinks = new ClaimLinks();

  constructor() {
    registerClaimLinks(this.graph, this.claimLinks);
  }
  private readonly aliasCounts = new Map<string, Map<string, number>>();
  /** distinct edges per node, kept here because graphology's degree is O(neighbours) on multigraphs */
  private readonly degrees = new Map<string, number>();
  /** `reported` edges per outlet: its claimCount */
  private readonly claimCounts = new Map<string, number>();
  private readonly outletKeyByName = new Map<string, string>();
  private readonly actorKeyByName = new Map<string, string>();

  /** Adds an article and its attributions; returns the keys of the nodes it created. */
  addRecord(record: ArticleRecord): string[] {
    const { article, extraction } = record;
    if (this.contributions.has(article.id)) this.removeArticle(article.id);
    const contribution: Contribution = { nodes: [], edges: [], aliases: [], claims: [] };
    this.contributions.set(article.id, contribution);
    const added: string[] = [];
    const touched = new Set<string>();

    // Each node counts once per article that references it (its key as the graph holds it).
    const ref = (key: string, attrs: () => Omit<NodeAttributes, 'x' | 'y' | 'size'>): string => {
      let node = this.nodeRefs.get(key);
      if (node === undefined) {
        this.graph.addNode(key, { ...attrs(), x: 0, y: 0, size: 1 });
        added.push(key);
        this.nodeRefs.set(key, (node = { key, refs: 0 }));
      }
      if (!touched.has(node.key)) {
        node.refs++;
        touched.add(node.key);
      }
      return node.key;
    };
    const link = (kind: EdgeKind, source: string, target: string): void => {
      let key = this.edgeKeys.get(kind, source, target);
      if (key !== undefined) {
        // the graph's own attributes object: no event listeners on the server side
        const attrs = this.graph.getEdgeAttributes(key);
        attrs.weight += 1;
        attrs.size = edgeSize(attrs.weight);
        if (kind !== 'contains') this.claimLinks.touch(source, target);
      } else {
        key = edgeKey(kind, source, target);
        this.edgeKeys.set(kind, source, target, key);
        this.graph.addDirectedEdgeWithKey(key, source, target, {
          kind,
          weight: 1,
          size: edgeSize(1),
          color: EDGE_KIND_COLORS[kind],
        });
        this.bumpDegree(source, 1);
        this.bumpDegree(target, 1);
        if (kind === 'reported') this.claimCounts.set(source, (this.claimCounts.get(source) ?? 0) + 1);
        if (kind !== 'contains') {
          const g = this.graph;
          this.claimLinks.add(key, source, target, g.getEdgeAttributes(key), g.getNodeAttributes(source), g.getNodeAttributes(target));
        }
      }
      contribution.edges.push(key);
    };
    const alias = (key: string, written: string | null): void => {
      if (!written) return;
      const mention = this.shared(written);
      let counts = this.aliasCounts.get(key);
      if (!counts) this.aliasCounts.set(key, (counts = new Map()));
      counts.set(mention, (counts.get(mention) ?? 0) + 1);
      contribution.aliases.push(key, mention);
    };

    // An article's `contains` edges are new with it and leave with it (removeArticle drops
    // them with the article node): found per article, not through the global edge index.
    const containsKeys = new Map<string, string>();
    const contains = (claim: string): void => {
      const key = containsKeys.get(claim);
      if (key !== undefined) {
        const attrs = this.graph.getEdgeAttributes(key);
        attrs.weight += 1;
        attrs.size = edgeSize(attrs.weight);
        return;
      }
      const created = edgeKey('contains', articleNode, claim);
      containsKeys.set(claim, created);
      this.graph.addDirectedEdgeWithKey(created, articleNode, claim, { kind: 'contains', weight: 1, size: edgeSize(1), color: EDGE_KIND_COLORS.contains });
      this.bumpDegree(articleNode, 1);
      this.bumpDegree(claim, 1);
    };

    const articleNode = ref(articleKey(article.id), () => ({
      kind: 'article',
      label: article.title || article.id,
      color: NODE_KIND_COLORS.article,
      publisher: article.publisher ?? null,
      published: article.published ?? null,
      url: article.url ?? null,
    }));
    const articleDate = datePart(article.published);

    extraction.attributions.forEach((attribution, index) => {
      const claim = this.claimIndex.resolve(attribution.claim, (k) => this.graph.hasNode(k)).key;
      contribution.claims[index] = claim;
      ref(claim, () => ({
        kind: 'claim',
        label: shortLabel(attribution.claim),
        text: attribution.claim,
        color: NODE_KIND_COLORS.claim,
        firstReported: null,
        evidenceCount: 0,
      }));
      this.addEvidence(claim, this.evidenceOf(claim, article.id, index, attribution, articleDate));
      contains(claim);

      const outlet = attribution.outlet?.trim() ? this.refOutlet(attribution.outlet, ref) : undefined;
      if (outlet) {
        alias(outlet, attribution.outletMention);
        link('reported', outlet, claim);
      }

      if (attribution.speakerActor?.trim()) {
        const actor = this.refActor(attribution.speakerActor, ref);
        if (attribution.speaker && attribution.speaker !== attribution.speakerActor) alias(actor, attribution.speaker);
        link('said', actor, claim);
      } else if (attribution.speaker?.trim()) {
        const scopeName = (outlet ? attribution.outlet : null) ?? (article.publisher?.trim() ? article.publisher : null);
        const scope = scopeName ? slugify(scopeName) : 'unattributed';
        const speaker = attribution.speaker;
        const source = ref(sourceKey(scope, speaker), () => ({
          kind: 'source',
          label: speaker,
          color: sourceColor(scope),
          ...(scopeName ? { outlet: scopeName } : {}),
        }));
        if (outlet) link('cites', outlet, source);
        link('said', source, claim);
      }

      for (const name of new Set(attribution.actors)) {
        if (!name.trim()) continue;
        link('involves', claim, this.refActor(name, ref));
      }
    });

    for (const relation of extraction.relations) {
      const from = contribution.claims[relation.from];
      const to = contribution.claims[relation.to];
      if (!from || !to) continue;
      if (relation.type === 'cites') {
        // media citing media: the citing outlet relies on the cited one, and when the
        // two reports hold different claims, the citing claim relies on the cited one
        const a = extraction.attributions[relation.from]?.outlet;
        const b = extraction.attributions[relation.to]?.outlet;
        if (a && b && outletKey(a) !== outletKey(b)) link('cites', outletKey(a), outletKey(b));
      }
      if (from !== to) link(relation.type, from, to);
    }

    contribution.nodes = [...touched];
    this.refresh(touched);
    placeNewNodes(this.graph, added);
    return added;
  }

  /** Takes an article and everything only it supported out of the graph. */
  removeArticle(articleId: string): void {
    const contribution = this.contributions.get(articleId);
    if (!contribution) return;
    this.contributions.delete(articleId);
    const touched = new Set<string>();

    // its `contains` edges (not in contribution.edges)
    const articleNode = this.nodeRefs.get(articleKey(articleId))?.key;
    if (articleNode !== undefined && this.graph.hasNode(articleNode)) {
      const drop: string[] = [];
      this.graph.forEachOutEdge(articleNode, (edge, a, source, target) => {
        if (a.kind !== 'contains') return;
        drop.push(edge);
        this.bumpDegree(source, -1);
        this.bumpDegree(target, -1);
      });
      for (const edge of drop) this.graph.dropEdge(edge);
    }

    for (const key of contribution.edges) {
      if (!this.graph.hasEdge(key)) continue;
      const weight = this.graph.getEdgeAttribute(key, 'weight') - 1;
      if (weight > 0) {
        this.graph.mergeEdgeAttributes(key, { weight, size: edgeSize(weight) });
        const [source, target] = this.graph.extremities(key);
        this.claimLinks.touch(source, target);
      } else {
        const [source, target] = this.graph.extremities(key);
        const kind = this.graph.getEdgeAttribute(key, 'kind');
        if (kind === 'reported') {
          this.claimCounts.set(source, (this.claimCounts.get(source) ?? 1) - 1);
        }
        this.graph.dropEdge(key);
        this.edgeKeys.delete(kind, source, target);
        this.claimLinks.remove(key, source, target);
        this.bumpDegree(source, -1);
        this.bumpDegree(target, -1);
      }
    }
    for (let i = 0; i < contribution.aliases.length; i += 2) {
      const key = contribution.aliases[i]!;
      const mention = contribution.aliases[i + 1]!;
      const counts = this.aliasCounts.get(key);
      const n = (counts?.get(mention) ?? 0) - 1;
      if (n > 0) counts!.set(mention, n);
      else counts?.delete(mention);
    }
    for (const claim of new Set(contribution.claims)) {
      const remaining = (this.evidenceByClaim.get(claim) ?? []).filter((e) => e.articleId !== articleId);
      this.evidenceByClaim.set(claim, remaining);
      if (this.graph.hasNode(claim)) this.recountEvidence(claim);
    }
    for (const key of contribution.nodes) {
      const node = this.nodeRefs.get(key);
      if (node && node.refs > 1) {
        node.refs--;
        touched.add(key);
        continue;
      }
      this.nodeRefs.delete(key);
      touched.delete(key);
      if (this.graph.hasNode(key)) {
        this.graph.forEachEdge(key, (edge, a, source, target) => {
          touched.add(source === key ? target : source);
          this.edgeKeys.delete(a.kind, source, target);
          this.claimLinks.remove(edge, source, target);
        });
        this.graph.dropNode(key);
      }
      this.degrees.delete(key);
      this.claimCounts.delete(key);
      this.aliasCounts.delete(key);
      if (key.startsWith('claim:')) {
        this.claimIndex.remove(key);
        this.evidenceByClaim.delete(key);
      }
    }
    for (const key of touched) if (!this.graph.hasNode(key)) touched.delete(key);
    this.refresh(touched);
  }

  layout(opts: { iterations?: number; maxMillis?: number } = {}): void {
    runLayout(this.graph, opts);
  }

  evidence(claimKey: string): Evidence[] {
    return [...(this.evidenceByClaim.get(claimKey) ?? [])];
  }

  claimKeyOf(articleId: string, attributionIndex: number): string | undefined {
    return this.contributions.get(articleId)?.claims[attributionIndex];
  }

  /** Ids of the articles in the graph, in the order they were added. */
  articleIds(): string[] {
    return [...this.contributions.keys()];
  }

  private refOutlet(name: string, ref: (key: string, attrs: () => Omit<NodeAttributes, 'x' | 'y' | 'size'>) => string) {
    const key = this.keyOf('outlet', name);
    return ref(key, () => ({ kind: 'outlet', label: name, color: outletColor(key.slice('outlet:'.length)), aliases: [], claimCount: 0 }));
  }

  private refActor(name: string, ref: (key: string, attrs: () => Omit<NodeAttributes, 'x' | 'y' | 'size'>) => string) {
    return ref(this.keyOf('actor', name), () => {
      const actorKind = guessActorKind(name);
      return { kind: 'actor', label: name, color: ACTOR_KIND_COLORS[actorKind], actorKind, aliases: [] };
    });
  }

  /** `outlet:<slug>` / `actor:<slug>` of a name, remembered: the same few thousand names come back in every article */
  private keyOf(kind: 'outlet' | 'actor', name: string): string {
    const names = kind === 'outlet' ? this.outletKeyByName : this.actorKeyByName;
    let key = names.get(name);
    if (key === undefined) {
      key = kind === 'outlet' ? outletKey(name) : actorKey(name);
      if (names.size >= MAX_REMEMBERED_NAMES) names.clear();
      names.set(name, key);
    }
    return key;
  }

  /** Adds a piece of evidence and keeps the claim's evidenceCount and firstReported up to date (O(1)). */
  private addEvidence(claim: string, evidence: Evidence): void {
    const list = this.evidenceByClaim.get(claim);
    if (list) list.push(evidence);
    else this.evidenceByClaim.set(claim, [evidence]);
    const attrs = this.graph.getNodeAttributes(claim);
    attrs.evidenceCount = list ? list.length : 1;
    const first = attrs.firstReported ?? null;
    if (evidence.date && (first === null || evidence.date < first)) attrs.firstReported = evidence.date;
  }

  /** Recomputes a claim's evidenceCount and firstReported from its evidence (after a removal). */
  private recountEvidence(claim: string): void {
    const evidence = this.evidenceByClaim.get(claim) ?? [];
    let first: string | null = null;
    for (const e of evidence) if (e.date && (first === null || e.date < first)) first = e.date;
    const attrs = this.graph.getNodeAttributes(claim);
    attrs.evidenceCount = evidence.length;
    attrs.firstReported = first;
  }

  private shared(value: string): string;
  private shared(value: string | null): string | null;
  private shared(value: string | null): string | null {
    if (value === null) return null;
    const known = this.evidenceStrings.get(value);
    if (known !== undefined) return known;
    this.evidenceStrings.set(value, value);
    return value;
  }

  private evidenceOf(claim: string, articleId: string, index: number, a: Attribution, articleDate: string | null): Evidence {
    const text = this.graph.getNodeAttribute(claim, 'text');
    return {
      articleId,
      attributionIndex: index,
      outlet: this.shared(a.outlet),
      speaker: this.shared(a.speaker),
      cue: this.shared(a.cue),
      // most evidence of a claim repeats its text: keep one copy
      claim: text === a.claim ? text : a.claim,
      claimStart: a.claimStart,
      claimEnd: a.claimEnd,
      sentenceStart: a.sentenceStart,
      sentenceEnd: a.sentenceEnd,
      date: this.shared(a.date ?? articleDate),
    };
  }

  private bumpDegree(key: string, by: number): void {
    this.degrees.set(key, (this.degrees.get(key) ?? 0) + by);
  }

  /** Recomputes the derived attributes (counts, dates, aliases, sizes) of the given nodes. */
  private refresh(keys: Iterable<string>): void {
    for (const key of keys) {
      const attrs = this.graph.getNodeAttributes(key);
      const kind: NodeKind = attrs.kind;
      if (kind === 'claim') {
        // evidenceCount and firstReported are kept up to date by addEvidence / recountEvidence
        const first = this.evidenceByClaim.get(key)?.[0];
        if (first && first.claim !== attrs.text) {
          attrs.text = first.claim;
          attrs.label = shortLabel(first.claim);
        }
        attrs.size = nodeSize('claim', attrs.evidenceCount ?? 0);
      } else if (kind === 'outlet') {
        const claimCount = this.claimCounts.get(key) ?? 0;
        attrs.claimCount = claimCount;
        attrs.aliases = this.aliasesOf(key, attrs.label);
        attrs.size = nodeSize('outlet', claimCount);
      } else {
        if (kind === 'actor') attrs.aliases = this.aliasesOf(key, attrs.label);
        attrs.size = nodeSize(kind, this.degrees.get(key) ?? 0);
      }
    }
  }

  private aliasesOf(key: string, label: string): string[] {
    const counts = this.aliasCounts.get(key);
    return counts ? [...counts.keys()].filter((m) => m !== label) : [];
  }
}

/** Builds the graph of all records, then lays it out. */
export function buildGraphModel(records: Iterable<ArticleRecord>, opts: { iterations?: number; maxMillis?: number } = {}): GraphModel {
  const model = new GraphModel();
  for (const record of records) model.addRecord(record);
  model.layout(opts);
  return model;
}
