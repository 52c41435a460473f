import type { Evidence, NeighbourGroup, NodeDetails, NodeRef } from '../api/types.js';
import { KIND_LEGEND } from '../core/graph/programs.js';
import { clear, el, formatDate, plural } from './dom.js';

export interface DetailsActions {
  select(key: string): void;
}

/** Renders a node's details into the right panel. All untrusted text goes through textContent. */
export function renderDetails(container: HTMLElement, details: NodeDetails, actions: DetailsActions): void {
  clear(container);
  const a = details.attributes;
  const header = el('header', { class: 'details-head' }, [
    el('span', { class: `kind-badge kind-${a.kind}`, text: KIND_LEGEND[a.kind]?.label ?? a.kind }),
    el('h2', { class: 'details-title', text: a.kind === 'claim' ? 'Claim' : a.label }),
  ]);
  container.append(header);
  switch (a.kind) {
    case 'claim':
      renderClaim(container, details, actions);
      break;
    case 'outlet':
      renderOutlet(container, details, actions);
      break;
    case 'actor':
      renderActor(container, details, actions);
      break;
    default:
      renderOther(container, details, actions);
  }
}

export function renderDetailsMessage(container: HTMLElement, title: string, message: string): void {
  clear(container);
  container.append(el('div', { class: 'details-empty' }, [el('h2', { text: title }), el('p', { text: message })]));
}

function group(details: NodeDetails, edgeKind: string, direction: 'in' | 'out'): NeighbourGroup | undefined {
  return details.neighbors.find((g) => g.edgeKind === edgeKind && g.direction === direction);
}

function section(title: string, count?: number): HTMLElement {
  return el('section', { class: 'details-section' }, [
    el('h3', {}, [title, count !== undefined ? el('span', { class: 'count', text: ` ${count.toLocaleString('en')}` }) : null]),
  ]);
}

function nodeLink(ref: NodeRef, actions: DetailsActions, extra?: string): HTMLElement {
  const button = el('button', { class: 'node-link', attrs: { type: 'button', 'data-key': ref.key }, on: { click: () => actions.select(ref.key) } }, [
    el('span', { class: `swatch shape-${KIND_LEGEND[ref.kind]?.shape ?? 'disc'}`, attrs: { 'aria-hidden': 'true' } }),
    el('span', { class: 'node-link-label', text: ref.label }),
    extra ? el('span', { class: 'count', text: extra }) : null,
  ]);
  const swatch = button.firstElementChild as HTMLElement;
  swatch.style.setProperty('--swatch', ref.color);
  return button;
}

function refList(refs: NodeRef[], actions: DetailsActions, extra?: (ref: NodeRef) => string | undefined): HTMLElement {
  return el('ul', { class: 'ref-list' }, refs.map((r) => el('li', {}, [nodeLink(r, actions, extra?.(r))])));
}

function more(total: number | undefined, shown: number): HTMLElement | null {
  return total !== undefined && total > shown ? el('p', { class: 'muted', text: `and ${(total - shown).toLocaleString('en')} more` }) : null;
}

function renderClaim(container: HTMLElement, details: NodeDetails, actions: DetailsActions): void {
  const a = details.attributes;
  container.append(el('blockquote', { class: 'claim-text', text: a.text ?? a.label }));
  container.append(
    el('p', { class: 'meta' }, [
      `First reported ${formatDate(a.firstReported)}`,
      ' · ',
      plural(details.evidenceTotal ?? a.evidenceCount ?? 0, 'piece') + ' of evidence',
    ]),
  );
  const reported = group(details, 'reported', 'in');
  if (reported) {
    const s = section('Reported by', reported.total);
    s.append(refList(reported.nodes, actions));
    container.append(s);
  }
  const said = group(details, 'said', 'in');
  if (said) {
    const cues = new Map<string, Set<string>>();
    for (const ev of details.evidence ?? []) {
      if (ev.speaker && ev.cue) (cues.get(ev.speaker.toLowerCase()) ?? cues.set(ev.speaker.toLowerCase(), new Set()).get(ev.speaker.toLowerCase())!).add(ev.cue);
    }
    const s = section('On the word of', said.total);
    s.append(refList(said.nodes, actions, (r) => {
      const c = cues.get(r.label.toLowerCase());
      return c ? ` ${[...c].join(', ')}` : undefined;
    }));
    container.append(s);
  }
  const involves = group(details, 'involves', 'out');
  if (involves) {
    const s = section('Involves', involves.total);
    s.append(refList(involves.nodes, actions));
    container.append(s);
  }
  for (const kind of ['confirms', 'contradicts'] as const) {
    const refs = [...(group(details, kind, 'out')?.nodes ?? []), ...(group(details, kind, 'in')?.nodes ?? [])];
    if (!refs.length) continue;
    const s = section(kind === 'confirms' ? 'Confirms / confirmed by' : 'Contradicts / contradicted by', refs.length);
    s.append(refList(refs, actions));
    container.append(s);
  }
  const evidence = details.evidence ?? [];
  const s = section('Evidence', details.evidenceTotal ?? evidence.length);
  s.append(el('ol', { class: 'evidence-list' }, evidence.map((ev) => el('li', {}, [evidenceItem(ev)]))));
  s.append(more(details.evidenceTotal, evidence.length) ?? '');
  container.append(s);
}

/** One piece of evidence: where it was read and the sentence with the claim marked. */
export function evidenceItem(ev: Evidence): HTMLElement {
  const sentence = ev.sentence ?? '';
  const start = clamp(ev.claimStart, 0, sentence.length);
  const end = clamp(ev.claimEnd, start, sentence.length);
  const who = [ev.outlet, ev.speaker].filter(Boolean).join(' ← ');
  return el('article', { class: 'evidence' }, [
    el('h4', { class: 'evidence-title', text: ev.title || ev.articleId }),
    el('p', { class: 'meta', text: [ev.publisher, formatDate(ev.published ?? ev.date ?? null)].filter(Boolean).join(' · ') }),
    el('p', { class: 'sentence' }, [sentence.slice(0, start), el('mark', { text: sentence.slice(start, end) }), sentence.slice(end)]),
    who || ev.cue ? el('p', { class: 'meta attribution-line', text: [who, ev.cue ? `“${ev.cue}”` : ''].filter(Boolean).join(' · ') }) : null,
  ]);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));
}

function renderOutlet(container: HTMLElement, details: NodeDetails, actions: DetailsActions): void {
  const a = details.attributes;
  if (a.aliases?.length) container.append(el('p', { class: 'meta', text: `Also: ${a.aliases.join(', ')}` }));
  const claims = details.claims ?? [];
  const s1 = section('Claims reported', details.claimTotal ?? claims.length);
  s1.append(refList(claims, actions), more(details.claimTotal, claims.length) ?? '');
  const sources = details.sources ?? [];
  const s2 = section('Sources cited', details.sourceTotal ?? sources.length);
  s2.append(refList(sources, actions, (r) => ` ${(r as NodeRef & { claimCount: number }).claimCount}`));
  const actors = details.actors ?? [];
  const s3 = section('Actors reported on', details.actorTotal ?? actors.length);
  s3.append(refList(actors, actions, (r) => ` ${(r as NodeRef & { count: number }).count}`));
  container.append(s1, s2, s3);
}

function renderActor(container: HTMLElement, details: NodeDetails, actions: DetailsActions): void {
  const a = details.attributes;
  container.append(el('p', { class: 'meta', text: [a.actorKind, a.aliases?.length ? `also ${a.aliases.join(', ')}` : ''].filter(Boolean).join(' · ') }));
  const groups = details.claimsByOutlet ?? [];
  const total = groups.reduce((n, g) => n + g.claimTotal, 0);
  const s = section('Claims, by outlet', total);
  for (const g of groups) {
    const head = g.outlet ? nodeLink(g.outlet, actions, ` ${g.claimTotal}`) : el('span', { class: 'muted', text: `No outlet named (${g.claimTotal})` });
    s.append(el('div', { class: 'outlet-group' }, [head, refList(g.claims, actions)]));
  }
  container.append(s);
}

function renderOther(container: HTMLElement, details: NodeDetails, actions: DetailsActions): void {
  const a = details.attributes;
  const facts: string[] = [];
  if (a.kind === 'article') facts.push(...[a.publisher, a.published ? formatDate(a.published) : null].filter((x): x is string => !!x));
  if (facts.length) container.append(el('p', { class: 'meta', text: facts.join(' · ') }));
  if (a.kind === 'article' && a.url && /^https?:\/\//i.test(a.url)) {
    container.append(el('p', {}, [el('a', { text: a.url, attrs: { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' } })]));
  }
  for (const g of details.neighbors) {
    const s = section(`${g.edgeKind} (${g.direction === 'out' ? 'to' : 'from'})`, g.total);
    s.append(refList(g.nodes, actions));
    container.append(s);
  }
}
