import type { ActorSummary, NodeKind, OutletSummary } from '../api/types.js';
import { DEFAULT_KINDS, NODE_KINDS, type ViewState } from '../core/state/view-state.js';
import { KIND_LEGEND } from '../core/graph/programs.js';
import { byId, clear, el, formatDate } from './dom.js';

export interface FilterActions {
  /** apply a change to the filters and reload the view */
  change(update: (state: ViewState) => void): void;
}

/** The left panel: outlets, kinds, actor, date range. Reads the state; every change goes through `change`. */
export class FilterPanel {
  private outlets: OutletSummary[] = [];
  private actors: ActorSummary[] = [];
  private dates: string[] = [];
  private playTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly actions: FilterActions) {
    byId('outlets-all').addEventListener('click', () => actions.change((s) => { s.outlets = []; }));
    byId('actors-clear').addEventListener('click', () => actions.change((s) => { s.actors = []; }));
    byId('dates-clear').addEventListener('click', () => {
      this.stopPlay();
      actions.change((s) => { s.from = null; s.to = null; });
    });
    const actorInput = byId<HTMLInputElement>('actor-input');
    const chooseActor = () => {
      const value = actorInput.value.trim().toLowerCase();
      const actor = this.actors.find((a) => a.label.toLowerCase() === value || a.key.toLowerCase() === value);
      if (!actor) return;
      actorInput.value = '';
      actions.change((s) => { if (!s.actors.includes(actor.key)) s.actors.push(actor.key); });
    };
    actorInput.addEventListener('change', chooseActor);
    actorInput.addEventListener('keydown', (e) => { if (e.key === 'Enter') chooseActor(); });
    const from = byId<HTMLInputElement>('date-from');
    const to = byId<HTMLInputElement>('date-to');
    const onRange = (moved: 'from' | 'to') => {
      let lo = Number(from.value);
      let hi = Number(to.value);
      if (lo > hi) {
        if (moved === 'from') hi = lo;
        else lo = hi;
      }
      this.setDateRange(lo, hi);
    };
    from.addEventListener('change', () => onRange('from'));
    to.addEventListener('change', () => onRange('to'));
    from.addEventListener('input', () => this.previewRange());
    to.addEventListener('input', () => this.previewRange());
    byId('date-play').addEventListener('click', () => (this.playTimer ? this.stopPlay() : this.play()));
  }

  setLists(outlets: OutletSummary[], actors: ActorSummary[]): void {
    this.outlets = outlets;
    this.actors = actors;
    const options = byId('actor-options');
    clear(options);
    for (const a of actors.slice(0, 2000)) options.append(el('option', { attrs: { value: a.label } }));
  }

  setDates(dates: string[]): void {
    this.dates = dates;
    const max = String(Math.max(0, dates.length - 1));
    for (const id of ['date-from', 'date-to']) {
      const input = byId<HTMLInputElement>(id);
      input.max = max;
      input.disabled = dates.length < 2;
    }
    byId<HTMLButtonElement>('date-play').disabled = dates.length < 2;
  }

  render(state: ViewState): void {
    this.renderOutlets(state);
    this.renderKinds(state);
    this.renderActors(state);
    this.renderDates(state);
  }

  private renderOutlets(state: ViewState): void {
    const list = byId('outlet-list');
    clear(list);
    byId('outlets-all').hidden = state.outlets.length === 0;
    if (!this.outlets.length) {
      list.append(el('li', { class: 'muted', text: 'No outlets yet.' }));
      return;
    }
    for (const outlet of this.outlets) {
      const checked = state.outlets.length === 0 || state.outlets.includes(outlet.key);
      const id = `outlet-${cssId(outlet.key)}`;
      const checkbox = el('input', { attrs: { type: 'checkbox', id, 'data-outlet': outlet.key } });
      checkbox.checked = checked;
      checkbox.addEventListener('change', () => this.actions.change((s) => {
        const current = s.outlets.length ? s.outlets : this.outlets.map((o) => o.key);
        const next = checkbox.checked ? [...current, outlet.key] : current.filter((k) => k !== outlet.key);
        s.outlets = next.length === this.outlets.length ? [] : [...new Set(next)];
      }));
      const swatch = el('span', { class: 'swatch shape-square', attrs: { 'aria-hidden': 'true' } });
      swatch.style.setProperty('--swatch', outlet.color);
      const only = el('button', { class: 'link only', text: 'only', attrs: { type: 'button', 'aria-label': `Only ${outlet.label}`, 'data-only': outlet.key } });
      only.addEventListener('click', () => this.actions.change((s) => { s.outlets = [outlet.key]; }));
      list.append(el('li', { class: checked ? 'outlet' : 'outlet off' }, [
        checkbox,
        el('label', { attrs: { for: id } }, [swatch, el('span', { class: 'outlet-name', text: outlet.label })]),
        el('span', { class: 'count', text: String(outlet.claimCount), attrs: { title: `${outlet.claimCount} claims` } }),
        only,
      ]));
    }
  }

  private renderKinds(state: ViewState): void {
    const box = byId('kind-list');
    clear(box);
    const active = state.kinds.length ? state.kinds : DEFAULT_KINDS;
    for (const kind of NODE_KINDS) {
      const id = `kind-${kind}`;
      const checkbox = el('input', { attrs: { type: 'checkbox', id, 'data-kind': kind } });
      checkbox.checked = active.includes(kind);
      checkbox.addEventListener('change', () => this.actions.change((s) => {
        const current = new Set<NodeKind>(s.kinds.length ? s.kinds : DEFAULT_KINDS);
        if (checkbox.checked) current.add(kind);
        else current.delete(kind);
        const next = NODE_KINDS.filter((k) => current.has(k));
        s.kinds = sameKinds(next, DEFAULT_KINDS) ? [] : next;
      }));
      const legend = KIND_LEGEND[kind];
      box.append(el('label', { class: 'kind', attrs: { for: id } }, [checkbox, el('span', { class: `shape shape-${legend.shape}`, attrs: { 'aria-hidden': 'true' } }), `${legend.label}s`]));
    }
  }

  private renderActors(state: ViewState): void {
    const chips = byId('actor-chips');
    clear(chips);
    byId('actors-clear').hidden = state.actors.length === 0;
    for (const key of state.actors) {
      const label = this.actors.find((a) => a.key === key)?.label ?? key.replace(/^actor:/, '');
      chips.append(el('li', { class: 'chip' }, [
        el('span', { text: label }),
        el('button', { class: 'chip-x', text: '×', attrs: { type: 'button', 'aria-label': `Remove ${label}` }, on: { click: () => this.actions.change((s) => { s.actors = s.actors.filter((k) => k !== key); }) } }),
      ]));
    }
  }

  private renderDates(state: ViewState): void {
    const from = byId<HTMLInputElement>('date-from');
    const to = byId<HTMLInputElement>('date-to');
    const last = Math.max(0, this.dates.length - 1);
    const lo = state.from ? Math.max(0, this.dates.findIndex((d) => d >= state.from!)) : 0;
    let hi = last;
    if (state.to) {
      const after = this.dates.findIndex((d) => d > state.to!);
      hi = after === -1 ? last : Math.max(0, after - 1);
    }
    from.value = String(lo);
    to.value = String(hi);
    byId('dates-clear').hidden = !state.from && !state.to;
    byId('date-label').textContent = this.dates.length
      ? state.from || state.to ? `${formatDate(state.from ?? this.dates[0])} – ${formatDate(state.to ?? this.dates[last])}` : `all dates (${formatDate(this.dates[0])} – ${formatDate(this.dates[last])})`
      : 'no dated claims in this view (no article or sentence gives a date)';
  }

  private previewRange(): void {
    const lo = Number(byId<HTMLInputElement>('date-from').value);
    const hi = Number(byId<HTMLInputElement>('date-to').value);
    if (!this.dates.length) return;
    byId('date-label').textContent = `${formatDate(this.dates[Math.min(lo, hi)])} – ${formatDate(this.dates[Math.max(lo, hi)])}`;
  }

  private setDateRange(lo: number, hi: number): void {
    const last = this.dates.length - 1;
    this.actions.change((s) => {
      s.from = lo <= 0 ? null : this.dates[lo];
      s.to = hi >= last ? null : this.dates[hi];
    });
  }

  /** Play: the window's end walks from the first day to the last, one step a second. */
  private play(): void {
    if (this.dates.length < 2) return;
    let hi = 0;
    const button = byId('date-play');
    button.textContent = '❚❚ Pause';
    button.setAttribute('aria-pressed', 'true');
    const step = () => {
      this.actions.change((s) => {
        s.from = null;
        s.to = this.dates[hi];
      });
      hi += 1;
      if (hi >= this.dates.length) {
        this.stopPlay();
        this.actions.change((s) => { s.to = null; });
      }
    };
    step();
    this.playTimer = setInterval(step, 1000);
  }

  private stopPlay(): void {
    if (this.playTimer) clearInterval(this.playTimer);
    this.playTimer = null;
    const button = byId('date-play');
    button.textContent = '▶ Play';
    button.setAttribute('aria-pressed', 'false');
  }
}

function sameKinds(a: readonly NodeKind[], b: readonly NodeKind[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

function cssId(key: string): string {
  return key.replace(/[^a-zA-Z0-9_-]/g, '_');
}
