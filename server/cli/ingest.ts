// `npm run cli -- ingest [--db FILE] [--batch N] [--workers N] [--quiet] PATH...`
import { openStore } from '../store/sqlite.js';
import { dbFileOption, readCommandLine, UsageError, wholeNumberOption } from './command-line.js';
import { isStoreError } from '../store/errors.js';
import { ingestFiles, type IngestProblem, type IngestProgress } from '../ingest/ingest-files.js';
import { createProgressReporter } from './progress.js';

const HELP = `usage: npm run cli -- ingest [--db FILE] [--batch N] [--workers N] [--quiet] PATH...

Extracts attributions from article files and stores them. PATH is a file, a folder
(read recursively) or a glob ("data/**/*.jsonl"); .txt, .json, .jsonl and .html files.
The same text ingested twice is stored once.

  --db FILE   database file (default: $REPORTGRAPH_DB or data/reportgraph.db)
  --batch N   articles per transaction (default 250)
  --workers N extraction threads (default: cores - 1 on 4+ cores for inputs over 4 MB, else 0)
  --quiet     no progress, only problems and the summary

Ctrl-C stops after the batch in progress; re-running the same command finishes the job.

Exit status: 0 when every input was read, 1 when some input was bad or the
database could not be written, 2 on a usage error, 130 when interrupted.`;

export async function run(args: string[]): Promise<number> {
  const options = readCommandLine(
    {
      command: 'ingest',
      help: HELP,
      positionals: true,
      options: { db: { type: 'string' }, batch: { type: 'string' }, workers: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
    },
    args,
    (values, paths) => {
      if (paths.length === 0) throw new UsageError('no files given');
      return {
        db: dbFileOption(values.db),
        batchSize: wholeNumberOption(values.batch, 'batch', 1),
        workers: wholeNumberOption(values.workers, 'workers', 0, 64) ?? ('auto' as const),
        quiet: values.quiet ?? false,
        paths,
      };
    },
  );
  if (typeof options === 'number') return options;
  const { db, batchSize, workers, quiet, paths } = options;

  const reporter = createProgressReporter(process.stderr, { quiet, render: renderProgress });
  let store;
  try {
    store = openStore(db);
  } catch (err) {
    if (isStoreError(err)) {
      console.error(`ingest: ${err.message}`);
      return 1;
    }
    throw err;
  }
  // Ctrl-C: finish the batch in progress, then stop with a summary; a second Ctrl-C quits at once
  // (SQLite rolls back the open transaction, so no article is half-stored either way).
  const stop = new AbortController();
  const onInterrupt = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    reporter.message('ingest: stopping after the current batch (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', onInterrupt);
  try {
    const summary = await ingestFiles(store, paths, {
      signal: stop.signal,
      batchSize,
      workers,
      onProgress: (p) => reporter.update(p),
      onProblem: (p) => reporter.message(`${formatProblem(p)}`),
    });
    reporter.done();
    const seconds = summary.elapsedMs / 1000;
    const rate = seconds > 0 ? Math.round(summary.articles / seconds) : summary.articles;
    const lines = [
      `ingested ${summary.filesDone} file${summary.filesDone === 1 ? '' : 's'} into ${db}:`,
      `  ${summary.inserted} new article${summary.inserted === 1 ? '' : 's'}, ${summary.duplicates} already stored, ${summary.attributions} attributions found`,
      `  ${seconds.toFixed(1)} s, ${rate} articles/s`,
    ];
    for (const r of summary.renamed) lines.push(`  ${r.file}: the id "${r.from}" was taken by another text; stored as "${r.to}"`);
    if (summary.problems) lines.push(`  ${summary.problems} problem${summary.problems === 1 ? '' : 's'} (listed above); the rest was stored`);
    if (summary.stopped) lines.push('  interrupted: re-run the same command to finish (what is stored is skipped)');
    const totals = store.counts();
    lines.push(`  the database now holds ${totals.articles} articles and ${totals.attributions} attributions`);
    console.log(lines.join('\n'));
    if (summary.stopped) return 130;
    return summary.problems ? 1 : 0;
  } catch (err) {
    reporter.done();
    if (isStoreError(err)) {
      console.error(`ingest: ${err.message}\n  what was stored before this error is kept; re-run the same command to finish (duplicates are skipped)`);
      return 1;
    }
    throw err;
  } finally {
    process.off('SIGINT', onInterrupt);
    store.close();
  }
}

export function formatProblem(p: IngestProblem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}

function renderProgress(p: IngestProgress, tty: boolean): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(p.articles / seconds) : 0;
  const figures = `${p.filesDone}/${p.filesTotal} files, ${plural(p.articles, 'article')} (${rate}/s), ${plural(p.attributions, 'attribution')}${p.problems ? `, ${plural(p.problems, 'problem')}` : ''}`;
  if (!tty) return `ingest: ${figures}`;
  const width = 24;
  const filled = p.filesTotal ? Math.round((p.filesDone / p.filesTotal) * width) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${figures}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
