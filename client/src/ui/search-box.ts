import { search } from '../api/client.js';
import type { SearchHit } from '../api/types.js';
import { KIND_LEGEND } from '../core/graph/programs.js';
import { byId, clear, el } from './dom.js';

/** Search with suggestions (combobox pattern): arrows move, Enter chooses, Escape closes. */
export class SearchBox {
  private readonly input = byId<HTMLInputElement>('search-input');
  private readonly list = byId<HTMLUListElement>('search-suggestions');
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private abort: AbortController | null = null;

  constructor(private readonly choose: (hit: SearchHit) => void) {
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    document.addEventListener('keydown', (e) => {
      if (e.key === '/' && document.activeElement === document.body) {
        e.preventDefault();
        this.input.focus();
      }
    });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.lookup(), 120);
  }

  private async lookup(): Promise<void> {
    const q = this.input.value.trim();
    if (!q) return this.close();
    this.abort?.abort();
    this.abort = new AbortController();
    try {
      this.hits = (await search(q.slice(0, 200), this.abort.signal)).slice(0, 10);
    } catch {
      return;
    }
    this.active = this.hits.length ? 0 : -1;
    this.render(q);
  }

  private render(q: string): void {
    clear(this.list);
    if (!this.hits.length) {
      this.list.append(el('li', { class: 'suggestion empty', text: `Nothing matches “${q}”` }));
    }
    this.hits.forEach((hit, i) => {
      const item = el('li', {
        class: i === this.active ? 'suggestion active' : 'suggestion',
        attrs: { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === this.active), 'data-key': hit.key },
      }, [
        el('span', { class: `shape shape-${KIND_LEGEND[hit.kind]?.shape ?? 'disc'}`, attrs: { 'aria-hidden': 'true' } }),
        el('span', { class: 'suggestion-label', text: hit.label }),
        el('span', { class: 'suggestion-kind', text: KIND_LEGEND[hit.kind]?.label ?? hit.kind }),
      ]);
      item.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.pick(i);
      });
      this.list.append(item);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
      this.render(this.input.value);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.pick(this.active);
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.label;
    this.close();
    this.choose(hit);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
