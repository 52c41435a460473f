import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { extract } from '../../server/extract/index.js';
import { ingestFiles, type IngestProblem } from '../../server/ingest/ingest-files.js';
import { readArticleFile } from '../../server/ingest/read-articles.js';
import { reextractAll } from '../../server/ingest/reextract.js';
import { openStore, type Store } from '../../server/store/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLES = path.join(ROOT, 'data/samples');

let dir: string;
let dbFile: string;
const stores: Store[] = [];
const openDb = () => {
  const s = openStore(dbFile);
  stores.push(s);
  return s;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-ingest-'));
  dbFile = path.join(dir, 'ingest.db');
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REPORTGRAPH_DB: '' },
  });
}

/** stderr without the periodic progress lines printed when stderr is not a terminal. */
function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !/^ingest: \d+\/\d+ files, /.test(l));
}

describe('ingestFiles', () => {
  it('stores the sample folder with exactly what extract finds, and a second run adds nothing', async () => {
    const store = openDb();
    const first = await ingestFiles(store, [SAMPLES], { batchSize: 3 });
    const sampleFiles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));
    expect(first.problems).toBe(0);
    expect(first.filesDone).toBe(sampleFiles.length);
    expect(first.inserted).toBe(sampleFiles.length);
    const counts = store.counts();
    expect(counts.articles).toBe(sampleFiles.length);
    expect(counts.attributions).toBe(first.attributions);
    expect(counts.attributions).toBeGreaterThan(0);

    for (const file of sampleFiles) {
      const [item] = readArticleFile(path.join(SAMPLES, file));
      if (!item.ok) throw new Error(item.message);
      const rec = store.getArticle(item.article.id);
      expect(rec?.article).toMatchObject(item.article);
      expect(rec?.extraction).toEqual(JSON.parse(JSON.stringify(extract(item.article))));
    }

    const second = await ingestFiles(store, [SAMPLES]);
    expect(second.inserted).toBe(0);
    expect(second.duplicates).toBe(sampleFiles.length);
    expect(store.counts()).toEqual(counts);
  });

  it('goes on past bad lines of a JSONL file and reports their line numbers', async () => {
    const file = path.join(dir, 'mixed.jsonl');
    fs.writeFileSync(file, [
      JSON.stringify({ id: 'one', title: 'One', text: 'The mayor said on Monday that the library would close for repairs.' }),
      '{"id": "two", "text": "unterminated',
      JSON.stringify({ id: 'three', title: 'Three', text: 'According to the regional paper, the harbour will be dredged next spring.' }),
      JSON.stringify({ id: 'four', title: 'No text here' }),
      '',
      '[1, 2, 3]',
    ].join('\n'));
    const seen: IngestProblem[] = [];
    const store = openDb();
    const summary = await ingestFiles(store, [file], { onProblem: (p) => seen.push(p) });
    expect(store.listArticleIds()).toEqual(['one', 'three']);
    expect(summary.problems).toBe(3);
    expect(seen.map((p) => [path.basename(p.file), p.line])).toEqual([['mixed.jsonl', 2], ['mixed.jsonl', 4], ['mixed.jsonl', 6]]);
    expect(seen[1].message).toMatch(/text/);
  });

  it('stores a text whose id is taken under a new id and says so', async () => {
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    fs.writeFileSync(path.join(dir, 'a/report.txt'), 'Harbour plan\nThe port authority said the harbour would be dredged.\n');
    fs.writeFileSync(path.join(dir, 'b/report.txt'), 'Bridge plan\nThe council said the bridge would reopen in May.\n');
    const store = openDb();
    const summary = await ingestFiles(store, [dir]);
    expect(summary.inserted).toBe(2);
    expect(summary.renamed).toHaveLength(1);
    expect(summary.renamed[0].from).toBe('report');
    expect(store.listArticleIds()).toEqual(['report', summary.renamed[0].to]);
  });

  it('keeps an extractor failure to the one article', async () => {
    fs.writeFileSync(path.join(dir, 'x.jsonl'), ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: `Officials said ${id} was fine.` })).join('\n'));
    const store = openDb();
    const summary = await ingestFiles(store, [dir], {
      extract: (article) => {
        if (article.id === 'b') throw new Error('boom');
        return extract(article);
      },
    });
    expect(store.listArticleIds()).toEqual(['a', 'c']);
    expect(summary.problemList).toEqual([{ file: path.join(dir, 'x.jsonl'), line: 2, message: 'extraction failed: boom' }]);
  });
});

describe('ingest with extraction worker threads', () => {
  it('stores exactly what single-threaded ingest stores, in the same order', async () => {
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    const corpus = generateCorpus({ articles: 60, seed: 5 });
    for (let i = 0; i < corpus.length; i += 20) {
      fs.writeFileSync(path.join(inputs, `p${i}.jsonl`), corpus.slice(i, i + 20).map((a) => JSON.stringify(a)).join('\n'));
    }
    fs.writeFileSync(path.join(inputs, 'broken.jsonl'), '{"text": \n');
    const run = async (file: string, workers: number) => {
      const store = openStore(path.join(dir, file));
      stores.push(store);
      const summary = await ingestFiles(store, [inputs, SAMPLES], { workers, batchSize: 30 });
      const records = [...store.records()].map((r) => ({ ...r, article: { ...r.article, ingestedAt: '' } }));
      return { summary, records };
    };
    const single = await run('single.db', 0);
    const threaded = await run('threaded.db', 2);
    expect(threaded.records).toEqual(single.records);
    expect(threaded.records.length).toBe(corpus.length + fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.json')).length);
    const { elapsedMs: _a, ...s1 } = single.summary;
    const { elapsedMs: _b, ...s2 } = threaded.summary;
    expect(s2).toEqual(s1);
    expect(s1.problemList.map((p) => `${path.basename(p.file)}:${p.line}`)).toEqual(['broken.jsonl:1']);
  });
});

describe('reextract', () => {
  it('replaces stored attributions with what the current extractor finds, on this thread or on workers', async () => {
    const store = openDb();
    const empty = () => ({ attributions: [], relations: [] });
    await ingestFiles(store, [SAMPLES], { extract: empty });
    expect(store.counts().attributions).toBe(0);
    const result = await reextractAll(store);
    const expected = [...store.records()].reduce((n, r) => n + extract(r.article).attributions.length, 0);
    expect(result.attributionsAfter).toBe(expected);
    expect(store.counts().attributions).toBe(expected);
    expect(result.changed).toBe([...store.records()].filter((r) => r.extraction.attributions.length > 0).length);
    expect((await reextractAll(store, { workers: 2 })).changed).toBe(0);
  });

  it('runs from the command line over the stored articles', async () => {
    const store = openStore(dbFile);
    await ingestFiles(store, [SAMPLES], { extract: () => ({ attributions: [], relations: [] }) });
    const ids = store.listArticleIds();
    store.close();
    const res = cli('reextract', '--db', dbFile, '--quiet', '--workers', '1');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`re-extracted ${ids.length} of ${ids.length} articles`));
    const after = openDb();
    for (const rec of after.records()) {
      expect(rec.extraction).toEqual(JSON.parse(JSON.stringify(extract(rec.article))));
    }
    expect(after.listArticleIds()).toEqual(ids);
  });
});

describe('the ingest command', () => {
  it('reports each bad input by name (and line), stores the good ones, loses nothing, exits non-zero', () => {
    const inputs = path.join(dir, 'inputs');
    fs.mkdirSync(inputs);
    const w = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(inputs, name), content);
    w('good.txt', 'Ferry service resumes\nThe harbour master said on Friday that ferries would run again from Monday.\n');
    w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Library news\nThe librarian said the reading room would reopen.\n', 'utf16le')]));
    w('empty.txt', '');
    w('blank.txt', '  \n\t \n');
    w('title-only.txt', 'Just a headline\n');
    w('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03, 0xff, 0x00]));
    w('latin1.txt', Buffer.from('Caf\xe9 news\nThe owner said the caf\xe9 would stay open.\n', 'latin1'));
    w('wrong-shape.json', JSON.stringify({ headline: 'no text field' }));
    w('malformed.json', '{"text": "missing the end"');
    w('lines.jsonl', [JSON.stringify({ id: 'line-ok', text: 'The minister told reporters that the budget was balanced.' }), 'not json', ''].join('\n'));

    // Something already stored must survive the run unchanged.
    const before = openStore(dbFile);
    before.ingest({ id: 'earlier', title: 'Earlier', text: 'Police said the road had reopened.' }, extract({ id: 'earlier', title: 'Earlier', text: 'Police said the road had reopened.' }));
    const earlier = before.getArticle('earlier');
    before.close();

    const res = cli('ingest', '--db', dbFile, inputs);
    expect(res.status).toBe(1);
    const problems = res.stderr;
    expect(problems).toMatch(/empty\.txt: the file is empty/);
    expect(problems).toMatch(/blank\.txt: .*white space/);
    expect(problems).toMatch(/title-only\.txt: .*no text/);
    expect(problems).toMatch(/binary\.txt: binary data/);
    expect(problems).toMatch(/latin1\.txt: invalid UTF-8/);
    expect(problems).toMatch(/wrong-shape\.json: .*"text"/);
    expect(problems).toMatch(/malformed\.json: invalid JSON/);
    expect(problems).toMatch(/lines\.jsonl:2: invalid JSON/);
    expect(problems).not.toMatch(/good\.txt|utf16\.txt|lines\.jsonl:1/);
    expect(res.stdout).toMatch(/3 new articles/);
    expect(res.stdout).toMatch(/8 problems/);

    const after = openDb();
    expect(after.getArticle('earlier')).toEqual(earlier);
    expect(after.listArticleIds()).toEqual(['earlier', 'good', 'line-ok', 'utf16']);
    expect(after.getArticle('utf16')!.article.text).toBe('The librarian said the reading room would reopen.\n');
  });

  it('exits 0 with a summary on good input and 2 without paths', () => {
    const ok = cli('ingest', '--db', dbFile, path.join(SAMPLES, 'seed-paris-talks.json'));
    expect(problemLines(ok.stderr)).toEqual([]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/1 new article, 0 already stored, \d+ attributions found/);
    const usage = cli('ingest', '--db', dbFile);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/no files given/);
  });

  it('gives a clear message when the database cannot be written', () => {
    fs.writeFileSync(dbFile, 'not a database at all, only some text that fills the header area. '.repeat(10));
    const res = cli('ingest', '--db', dbFile, path.join(SAMPLES, 'seed-paris-talks.json'));
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/ingest: .*not a valid Reportgraph database/);
    expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
