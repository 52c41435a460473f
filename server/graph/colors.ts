// Node and edge colours, shared by the server, the GEXF export and the client.
// Dependency-free (only ./hash.js, itself dependency-free) so the client can import it.
// Colours are `rgb(r,g,b)` strings: NetworkX's GEXF reader cannot read hex colours.

import { fnv1a32 } from './hash.js';

export type ColorKind = 'outlet' | 'source' | 'actor' | 'claim' | 'article';
export type ColorEdgeKind = 'reported' | 'cites' | 'said' | 'involves' | 'contains' | 'confirms' | 'contradicts';

export const NODE_KIND_COLORS: Readonly<Record<ColorKind, string>> = {
  outlet: 'rgb(31,119,180)',
  source: 'rgb(150,150,150)',
  actor: 'rgb(214,120,40)',
  claim: 'rgb(90,90,110)',
  article: 'rgb(190,190,170)',
};

export const ACTOR_KIND_COLORS: Readonly<Record<'person' | 'organization' | 'place', string>> = {
  person: 'rgb(214,120,40)',
  organization: 'rgb(148,103,189)',
  place: 'rgb(44,160,44)',
};

export const EDGE_KIND_COLORS: Readonly<Record<ColorEdgeKind, string>> = {
  reported: 'rgb(120,150,190)',
  cites: 'rgb(170,170,170)',
  said: 'rgb(200,160,120)',
  involves: 'rgb(200,200,200)',
  contains: 'rgb(215,215,200)',
  confirms: 'rgb(60,170,90)',
  contradicts: 'rgb(214,40,40)',
};

export function rgbString(r: number, g: number, b: number): string {
  return `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
}

/** HSL (h in degrees, s and l in [0,1]) to an `rgb(r,g,b)` string. */
export function hslToRgb(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const hp = (((h % 360) + 360) % 360) / 60;
  const x = c * (1 - Math.abs((hp % 2) - 1));
  const [r1, g1, b1] =
    hp < 1 ? [c, x, 0] : hp < 2 ? [x, c, 0] : hp < 3 ? [0, c, x] : hp < 4 ? [0, x, c] : hp < 5 ? [x, 0, c] : [c, 0, x];
  const m = l - c / 2;
  return rgbString((r1 + m) * 255, (g1 + m) * 255, (b1 + m) * 255);
}

/** The stable colour of an outlet: a hue from the hash of its slug. */
export function outletColor(outletSlug: string): string {
  const h = fnv1a32(outletSlug);
  const hue = h % 360;
  // a little variation in saturation and lightness separates outlets with close hues
  const saturation = 0.55 + ((h >>> 9) % 4) * 0.08;
  const lightness = 0.42 + ((h >>> 13) % 3) * 0.06;
  return hslToRgb(hue, saturation, lightness);
}

/** An anonymous source takes a pale version of its outlet's hue. */
export function sourceColor(outletSlug: string): string {
  const h = fnv1a32(outletSlug);
  return hslToRgb(h % 360, 0.35, 0.72);
}

/** Parses `rgb(r,g,b)`, `rgba(r,g,b,a)` or `#rrggbb`/`#rgb`; undefined if it is none of those. */
export function parseColor(color: string): { r: number; g: number; b: number; a?: number } | undefined {
  const m = /^\s*rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)\s*$/i.exec(color);
  if (m) {
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (r > 255 || g > 255 || b > 255) return undefined;
    const out: { r: number; g: number; b: number; a?: number } = { r, g, b };
    if (m[4] !== undefined) {
      const a = Number(m[4]);
      if (!(a >= 0 && a <= 1)) return undefined;
      out.a = a;
    }
    return out;
  }
  const hex = /^\s*#([0-9a-f]{3}|[0-9a-f]{6})\s*$/i.exec(color);
  if (hex) {
    const v = hex[1]!.length === 3 ? hex[1]!.replace(/./g, (c) => c + c) : hex[1]!;
    return { r: parseInt(v.slice(0, 2), 16), g: parseInt(v.slice(2, 4), 16), b: parseInt(v.slice(4, 6), 16) };
  }
  return undefined;
}
