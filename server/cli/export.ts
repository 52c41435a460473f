// npm run cli -- export --format gexf|csv|json [filters] [--db FILE] [-o FILE]
import fs from 'node:fs';
import { openService } from '../app-service.js';
import { selectView } from '../graph/index.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../api/exporting.js';
import { isWholeGraph, parseViewFilters } from '../api/view-params.js';
import { HttpError } from '../api/errors.js';
import { dbFileOption, readCommandLine, UsageError } from './command-line.js';

const USAGE = `usage: npm run cli -- export --format gexf|csv|json [--outlet NAME]... [--actor NAME]... [--kind KIND]...
                              [--q TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--articles] [--db FILE] [-o FILE]

Writes the whole graph, or exactly the view the filters select (the same filters as GET /api/graph),
to FILE or to standard output.`;

export async function run(args: string[]): Promise<number> {
  const options = readCommandLine(
    {
      command: 'export',
      help: USAGE,
      options: {
        format: { type: 'string', short: 'f' },
        outlet: { type: 'string', multiple: true },
        actor: { type: 'string', multiple: true },
        kind: { type: 'string', multiple: true },
        q: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        articles: { type: 'boolean' },
        db: { type: 'string' },
        output: { type: 'string', short: 'o' },
      },
    },
    args,
    (values) => {
      const format = (values.format ?? '').toLowerCase() as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
      const filters = asUsageError(() => parseViewFilters({
        outlet: values.outlet,
        actor: values.actor,
        kind: values.kind,
        q: values.q,
        from: values.from,
        to: values.to,
        articles: values.articles ? '1' : undefined,
      }));
      return { format, filters, dbFile: dbFileOption(values.db), output: values.output };
    },
  );
  if (typeof options === 'number') return options;
  const { format, filters, dbFile, output } = options;
  if (!fs.existsSync(dbFile)) {
    console.error(`no database at ${dbFile} (ingest articles first: npm run cli -- ingest PATH)`);
    return 1;
  }
  const service = openService({ dbFile });
  try {
    const graph = isWholeGraph(filters) ? service.model.graph : selectView(service.model.graph, filters);
    if (output) {
      const tmp = `${output}.tmp-${process.pid}`;
      const fd = fs.openSync(tmp, 'w');
      try {
        writeExport(graph, format, service.model, (chunk) => fs.writeSync(fd, chunk));
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, output);
      console.error(`wrote ${graph.order} nodes and ${graph.size} edges as ${format} to ${output}`);
    } else {
      writeExport(graph, format, service.model, (chunk) => process.stdout.write(chunk));
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    }
    return 0;
  } finally {
    await service.close();
  }
}

/** The view filters are shared with the API, which reports a bad value as a 400; here it is a usage error. */
function asUsageError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof HttpError) throw new UsageError(err.message);
    throw err;
  }
}
