// A streaming GEXF 1.3 writer, structured like graphology-gexf's pedantic 1.3
// output but without building a DOM or holding the whole document: it walks the
// graph once and hands out chunks of about 64 KB.
import type { AttributionGraph } from './model-types.js';
import { parseColor } from './colors.js';
import { xmlAttribute } from './xml.js';

type GexfType = 'string' | 'integer' | 'long' | 'double' | 'boolean';

/** Attributes the graph model defines, with their declared GEXF types. */
export const NODE_ATTRIBUTE_TYPES: Readonly<Record<string, GexfType>> = {
  kind: 'string',
  text: 'string',
  aliases: 'string',
  claimCount: 'integer',
  outlet: 'string',
  actorKind: 'string',
  firstReported: 'string',
  evidenceCount: 'integer',
  publisher: 'string',
  published: 'string',
  url: 'string',
};
export const EDGE_ATTRIBUTE_TYPES: Readonly<Record<string, GexfType>> = { kind: 'string' };

/** List values (aliases) are written as one string joined by this separator. */
export const LIST_SEPARATOR = ' | ';

/** Display attributes that sigma uses and a GEXF file has no place for. */
const SIGMA_ONLY = new Set(['hidden', 'highlighted', 'zIndex', 'forceLabel', 'type']);
/** Written as GEXF attributes or viz elements rather than attvalues. */
const NODE_BUILTINS = new Set(['label', 'x', 'y', 'z', 'size', 'color']);
const EDGE_BUILTINS = new Set(['label', 'weight', 'size', 'color']);

export interface GexfOptions {
  /** YYYY-MM-DD for <meta lastmodifieddate>; today by default */
  lastModified?: string;
  description?: string;
}

const CHUNK = 1 << 16;

export function writeGexf(graph: AttributionGraph, write: (chunk: string) => void, options: GexfOptions = {}): void {
  // pieces joined once per chunk: a flat string, cheaper to encode than a long rope
  let pieces: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (pieces.length === 0) return;
    const chunk = pieces.join('');
    pieces = [];
    length = 0;
    write(chunk);
  };
  const out = (text: string): void => {
    pieces.push(text);
    length += text.length;
    if (length >= CHUNK) flush();
  };

  const nodeTypes = declaredTypes(graph, 'node');
  const edgeTypes = declaredTypes(graph, 'edge');
  const lastModified = /^\d{4}-\d{2}-\d{2}$/.test(options.lastModified ?? '')
    ? options.lastModified!
    : new Date().toISOString().slice(0, 10);

  out('<?xml version="1.0" encoding="UTF-8"?>\n');
  out(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
  );
  out(`<meta lastmodifieddate="${lastModified}">\n<creator>Reportgraph</creator>\n`);
  out(`<description>${xmlAttribute(options.description ?? 'Source-attribution graph: who reported what, on whose word, about whom')}</description>\n</meta>\n`);
  out('<graph defaultedgetype="directed" mode="static">\n');
  out(declaration('node', nodeTypes));
  out(declaration('edge', edgeTypes));

  out(`<nodes count="${graph.order}">\n`);
  graph.forEachNode((key, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    let xml = `<node id="${xmlAttribute(key)}" label="${xmlAttribute(stringOf(a.label ?? key))}">\n`;
    xml += attvalues(a, nodeTypes);
    xml += vizColor(a.color);
    xml += `<viz:size value="${nonNegative(a.size)}"/>\n`;
    const z = typeof a.z === 'number' && Number.isFinite(a.z) ? ` z="${a.z}"` : '';
    xml += `<viz:position x="${finite(a.x)}" y="${finite(a.y)}"${z}/>\n`;
    out(xml + '</node>\n');
  });
  out('</nodes>\n');

  out(`<edges count="${graph.size}">\n`);
  graph.forEachEdge((key, attrs, source, target) => {
    const a = attrs as unknown as Record<string, unknown>;
    let xml = `<edge id="${xmlAttribute(key)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}"`;
    const weight = Number(a.weight);
    if (Number.isFinite(weight)) xml += ` weight="${weight}"`;
    if (typeof a.label === 'string' && a.label !== '') xml += ` label="${xmlAttribute(a.label)}"`;
    xml += '>\n' + attvalues(a, edgeTypes) + vizColor(a.color);
    if (a.size !== undefined) xml += `<viz:thickness value="${nonNegative(a.size)}"/>\n`;
    out(xml + '</edge>\n');
  });
  out('</edges>\n</graph>\n</gexf>\n');
  flush();
}

/** The model's attributes plus any other data attribute found on the graph, typed. */
function declaredTypes(graph: AttributionGraph, which: 'node' | 'edge'): Map<string, GexfType> {
  const known = which === 'node' ? NODE_ATTRIBUTE_TYPES : EDGE_ATTRIBUTE_TYPES;
  const builtins = which === 'node' ? NODE_BUILTINS : EDGE_BUILTINS;
  const types = new Map<string, GexfType>(Object.entries(known));
  const skip = new Set([...Object.keys(known), ...builtins, ...SIGMA_ONLY]);
  const visit = (attrs: object): void => {
    for (const name in attrs) {
      if (skip.has(name)) continue;
      const value = (attrs as Record<string, unknown>)[name];
      if (value === undefined || value === null) continue;
      types.set(name, widen(types.get(name), inferType(value)));
    }
  };
  if (which === 'node') graph.forEachNode((_k, a) => visit(a));
  else graph.forEachEdge((_k, a) => visit(a));
  return types;
}

function inferType(value: unknown): GexfType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return Math.abs(value) <= 0x7fffffff ? 'integer' : 'long';
    return 'double';
  }
  return 'string';
}

const WIDTH: Record<GexfType, number> = { boolean: 0, integer: 1, long: 2, double: 3, string: 4 };
function widen(a: GexfType | undefined, b: GexfType): GexfType {
  if (!a) return b;
  if (a === b) return a;
  if (a === 'boolean' || b === 'boolean') return 'string';
  return WIDTH[a] > WIDTH[b] ? a : b;
}

function declaration(which: 'node' | 'edge', types: Map<string, GexfType>): string {
  if (types.size === 0) return '';
  let xml = `<attributes class="${which}">\n`;
  for (const [name, type] of types) {
    xml += `<attribute id="${xmlAttribute(name)}" title="${xmlAttribute(name)}" type="${type}"/>\n`;
  }
  return xml + '</attributes>\n';
}

function attvalues(attrs: Record<string, unknown>, types: Map<string, GexfType>): string {
  let xml = '';
  for (const [name, type] of types) {
    const value = formatValue(attrs[name], type);
    if (value === undefined) continue;
    xml += `<attvalue for="${xmlAttribute(name)}" value="${value}"/>\n`;
  }
  return xml ? `<attvalues>\n${xml}</attvalues>\n` : '';
}

/** The attvalue text of a value, or undefined when there is nothing to write. */
function formatValue(value: unknown, type: GexfType): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (type) {
    case 'integer':
    case 'long': {
      const n = Number(value);
      return Number.isFinite(n) ? String(Math.trunc(n)) : undefined;
    }
    case 'double': {
      const n = Number(value);
      return Number.isFinite(n) ? String(n) : undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    default: {
      const text = stringOf(value);
      return text === '' ? undefined : xmlAttribute(text);
    }
  }
}

function stringOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function vizColor(color: unknown): string {
  if (typeof color !== 'string') return '';
  let xml = colorCache.get(color);
  if (xml === undefined) {
    const c = parseColor(color);
    xml = c ? `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"${c.a !== undefined ? ` a="${c.a}"` : ''}/>\n` : '';
    if (colorCache.size < 10000) colorCache.set(color, xml);
  }
  return xml;
}

function finite(n: unknown): number {
  const v = Number(n ?? 0);
  return Number.isFinite(v) ? v : 0;
}

function nonNegative(n: unknown): number {
  const v = finite(n);
  return v > 0 ? v : 0;
}

const colorCache = new Map<string, string>();
