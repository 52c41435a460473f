import { byId, clear, el } from './dom.js';

export interface StatusAction {
  label: string;
  run(): void;
  primary?: boolean;
}

export type StatusKind = 'loading' | 'error' | 'empty' | 'large' | 'info';

/** The overlay over the graph for loading, unreachable server, empty view and too-large view. */
export function showStatus(kind: StatusKind, title: string, message: string, actions: StatusAction[] = []): void {
  const box = byId('status');
  clear(box);
  box.className = `status status-${kind}`;
  box.dataset.state = kind;
  box.append(el('div', { class: 'status-card' }, [
    kind === 'loading' ? el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }) : null,
    el('h2', { text: title }),
    el('p', { text: message }),
    actions.length ? el('div', { class: 'status-actions' }, actions.map((a) => el('button', { class: a.primary ? 'btn btn-primary' : 'btn', text: a.label, attrs: { type: 'button' }, on: { click: () => a.run() } }))) : null,
  ]));
  box.hidden = false;
}

export function hideStatus(): void {
  const box = byId('status');
  box.hidden = true;
  delete box.dataset.state;
  clear(box);
}

let toastTimer: ReturnType<typeof setTimeout> | null = null;

/** A short message at the bottom of the graph. */
export function toast(message: string, ms = 5000): void {
  let box = document.getElementById('toast');
  if (!box) {
    box = el('div', { class: 'toast', attrs: { id: 'toast', role: 'status', 'aria-live': 'polite' } });
    document.body.append(box);
  }
  box.textContent = message;
  box.hidden = false;
  if (toastTimer) clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box!.hidden = true; }, ms);
}
