import { expect, it } from 'vitest';
import { createProgressReporter } from '../../server/cli/progress.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, out: { isTTY, columns: 40, write: (c: string) => { chunks.push(c); return true; } } };
}
const render = (n: number, tty: boolean) => (tty ? `[bar] ${n} articles and a long tail of figures here` : `ingest: ${n} articles`);

it('on a terminal redraws one line in place, clipped to the width, and clears it for messages', () => {
  const { chunks, out } = sink(true);
  const r = createProgressReporter<number>(out, { render, now: () => 1000 });
  r.update(1);
  r.update(2); // within 100 ms of the first draw: skipped
  r.message('bad.json: invalid JSON');
  r.done();
  expect(chunks[0]).toBe('\r\x1b[K[bar] 1 articles and a long tail of fig');
  expect(chunks.slice(1)).toEqual(['\r\x1b[K', 'bad.json: invalid JSON\n', '\r\x1b[K[bar] 2 articles and a long tail of fig', '\r\x1b[K']);
});

it('elsewhere prints plain lines no more often than asked', () => {
  const { chunks, out } = sink(false);
  let clock = 0;
  const r = createProgressReporter<number>(out, { render, plainEveryMs: 2000, now: () => clock });
  for (let i = 1; i <= 1000; i++) {
    clock = i; // 1 s in all: too soon for a line
    r.update(i);
  }
  r.message('x.txt: the file is empty');
  clock = 2500;
  r.update(1001);
  r.update(1002);
  r.done();
  expect(chunks).toEqual(['x.txt: the file is empty\n', 'ingest: 1001 articles\n']);
});

it('prints nothing but messages when quiet', () => {
  const { chunks, out } = sink(true);
  const r = createProgressReporter<number>(out, { render, quiet: true });
  r.update(5);
  r.message('m');
  r.done();
  expect(chunks).toEqual(['m\n']);
});
