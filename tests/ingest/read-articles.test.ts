import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes, readArticleFile } from '../../server/ingest/read-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-read-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const ok = (items: ReturnType<typeof readArticleFile>) => items.flatMap((i) => (i.ok ? [i.article] : []));
const problems = (items: ReturnType<typeof readArticleFile>) => items.flatMap((i) => (i.ok ? [] : [i]));

describe('readArticleFile', () => {
  it('reads a .txt file: first line is the title, the id is the file name', () => {
    const [article] = ok(readArticleFile(file('harbour-report.txt', 'Harbour reopens\nThe port authority said the harbour reopened.\n')));
    expect(article).toMatchObject({ id: 'harbour-report', title: 'Harbour reopens', text: 'The port authority said the harbour reopened.\n' });
  });

  it('refuses a .txt with a title and no text', () => {
    const [p] = problems(readArticleFile(file('title-only.txt', 'Just a title\n\n')));
    expect(p.message).toMatch(/no text/);
  });

  it('reads a JSON object, keeping id, dates and publisher', () => {
    const [article] = ok(readArticleFile(file('one.json', JSON.stringify({ id: 'x1', title: 'T', text: 'Body.', published: '2024-03-09T10:00:00Z', publisher: 'Paper', url: 'https://example.org/a' }))));
    expect(article).toEqual({ id: 'x1', title: 'T', text: 'Body.', published: '2024-03-09', publisher: 'Paper', url: 'https://example.org/a' });
  });

  it('reads a JSON array and names the bad items', () => {
    const items = readArticleFile(file('many.json', JSON.stringify([{ text: 'First body.' }, { title: 'no text' }, { text: 42 }])));
    expect(ok(items).map((a) => a.id)).toEqual(['many-1']);
    expect(problems(items).map((p) => p.message)).toEqual(['item 2: the article has no "text" field', 'item 3: "text" must be a string, got a number']);
  });

  it('reads the good lines of a JSONL file and reports the broken ones with their line numbers', () => {
    const items = readArticleFile(file('feed.jsonl', '{"id":"a","text":"Alpha."}\n{broken\n\n{"id":"b","text":"Beta."}\n[1,2]\n'));
    expect(ok(items).map((a) => a.id)).toEqual(['a', 'b']);
    expect(problems(items).map((p) => [p.line, p.message.split(':')[0]])).toEqual([[2, 'invalid JSON'], [5, 'expected an article object, got an array']]);
  });

  it('rejects invalid JSON, wrong shapes and deep nesting with a reason', () => {
    expect(problems(readArticleFile(file('bad.json', '{"text": "unterminated')))[0].message).toMatch(/^invalid JSON/);
    expect(problems(readArticleFile(file('shape.json', '"just a string"')))[0].message).toMatch(/expected an article object/);
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(problems(readArticleFile(file('deep.json', deep)))[0].message).toMatch(/invalid JSON|expected an article/);
    expect(problems(readArticleFile(file('baddate.json', '{"text":"x","published":"not a date"}')))[0].message).toMatch(/published/);
  });

  it('rejects empty, white-space-only, binary and invalid UTF-8 files', () => {
    expect(problems(readArticleFile(file('empty.txt', '')))[0].message).toMatch(/empty/);
    expect(problems(readArticleFile(file('blank.txt', ' \n\t\n')))[0].message).toMatch(/white space/);
    expect(problems(readArticleFile(file('bin.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))))[0].message).toMatch(/binary/);
    expect(problems(readArticleFile(file('latin1.txt', Uint8Array.from([0x54, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))))[0].message).toMatch(/invalid UTF-8 at byte 5/);
  });

  it('decodes UTF-16 with a byte-order mark and strips a UTF-8 BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Título\nEl ministro dijo que sí.', 'utf16le')]);
    expect(ok(readArticleFile(file('u16.txt', utf16)))[0]).toMatchObject({ title: 'Título', text: 'El ministro dijo que sí.' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Heading\nBody.')]);
    expect(ok(readArticleFile(file('bom.txt', bom)))[0].title).toBe('Heading');
  });

  it('names a missing file and an unsupported extension', () => {
    expect(problems(readArticleFile(join(dir, 'nope.txt')))[0].message).toBe('no such file');
    expect(problems(readArticleFile(file('notes.docx', 'x')))[0].message).toMatch(/unsupported file type/);
  });

  it('takes the article body out of an HTML page with Readability, not the navigation', () => {
    const html = `<!doctype html><html><head><title>Bridge closes | Daily Example</title>
      <meta property="og:site_name" content="Daily Example"><meta property="article:published_time" content="2023-05-02T08:00:00Z">
      <link rel="canonical" href="https://example.org/bridge"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
      <article><h1>Bridge closes</h1>
      <p>The city council said on Tuesday that the old bridge would close for repairs for at least three months, starting next week.</p>
      <p>Engineers told the Daily Example that cracks had been found in two of the supporting piers during a routine inspection.</p>
      <p>Drivers will be diverted through the northern ring road, the council added in a statement published on its website.</p></article>
      <footer>Copyright footer text</footer></body></html>`;
    const [article] = ok(readArticleFile(file('bridge.html', html)));
    expect(article.title).toBe("Bridge closes");
    expect(article.publisher).toBe('Daily Example');
    expect(article.published).toBe('2023-05-02');
    expect(article.url).toBe('https://example.org/bridge');
    expect(article.text).toContain('The city council said on Tuesday');
    expect(article.text.split('\n').length).toBeGreaterThanOrEqual(3);
    expect(article.text).not.toContain('World news menu');
    expect(article.text).not.toContain('Copyright footer');
  });

  it('keeps markup inside JSON text as plain text', () => {
    const items = parseArticleBytes(Buffer.from(JSON.stringify({ title: '<b>x</b>', text: 'A <img src=x onerror=alert(1)> said "hi".' })), 'x.json');
    expect(items[0].ok && items[0].article.text).toBe('A <img src=x onerror=alert(1)> said "hi".');
  });
});
