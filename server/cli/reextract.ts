// `npm run cli -- reextract [--db FILE]`: re-runs the current extractor over every stored article.
import { openStore } from '../store/sqlite.js';
import { dbFileOption, readCommandLine, wholeNumberOption } from './command-line.js';
import { isStoreError } from '../store/errors.js';
import { reextractAll, type ReextractProgress } from '../ingest/reextract.js';
import { defaultPoolSize } from '../ingest/extract-pool.js';
import { createProgressReporter } from './progress.js';

const HELP = `usage: npm run cli -- reextract [--db FILE] [--workers N] [--quiet]

Re-runs the current extractor over every stored article and replaces its attributions
(each article in its own transaction). Run it after the extractor has improved.

  --db FILE   database file (default: $REPORTGRAPH_DB or data/reportgraph.db)
  --workers N extraction threads (default: cores - 1 on 4+ cores past 500 articles, else 0)
  --quiet     no progress, only the summary`;

export async function run(args: string[]): Promise<number> {
  const options = readCommandLine(
    {
      command: 'reextract',
      help: HELP,
      options: { db: { type: 'string' }, workers: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
    },
    args,
    (values) => ({
      db: dbFileOption(values.db),
      workers: wholeNumberOption(values.workers, 'workers', 0, 64),
      quiet: values.quiet ?? false,
    }),
  );
  if (typeof options === 'number') return options;
  const { db, workers, quiet } = options;
  const reporter = createProgressReporter<ReextractProgress>(process.stderr, {
    quiet,
    render: (p) => `reextract: ${p.articles} articles, ${p.changed} changed, ${p.attributionsBefore} -> ${p.attributionsAfter} attributions`,
  });
  let store;
  try {
    store = openStore(db);
  } catch (err) {
    if (isStoreError(err)) {
      console.error(`reextract: ${err.message}`);
      return 1;
    }
    throw err;
  }
  try {
    const total = store.articleCount();
    // Workers pay off once there is more than a few hundred articles to read.
    const result = await reextractAll(store, {
      workers: workers ?? (total > 500 ? defaultPoolSize() : 0),
      onProgress: (p) => reporter.update(p),
      onFailure: (id, message) => reporter.message(`reextract: article ${id}: the extractor failed (${message}); kept its old attributions`),
    });
    reporter.done();
    console.log([
      `re-extracted ${result.articles} of ${total} articles in ${db} (${(result.elapsedMs / 1000).toFixed(1)} s):`,
      `  ${result.changed} changed; attributions ${result.attributionsBefore} -> ${result.attributionsAfter}`,
      ...(result.failed ? [`  ${result.failed} failed and kept their old attributions`] : []),
    ].join('\n'));
    return result.failed ? 1 : 0;
  } catch (err) {
    reporter.done();
    if (isStoreError(err)) {
      console.error(`reextract: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    store.close();
  }
}
