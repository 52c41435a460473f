// npm run cli -- export --format gexf|csv|json [filters] [--db FILE] [-o FILE]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../store/index.js';
import { openService } from '../app-service.js';
import { selectView } from '../graph/index.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../api/exporting.js';
import { isWholeGraph, parseViewFilters } from '../api/view-params.js';
import { HttpError } from '../api/errors.js';

const USAGE = `usage: npm run cli -- export --format gexf|csv|json [--outlet NAME]... [--actor NAME]... [--kind KIND]...
                              [--q TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--articles] [--db FILE] [-o FILE]

Writes the whole graph, or exactly the view the filters select (the same filters as GET /api/graph),
to FILE or to standard output.`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
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
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = (values.format ?? '').toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    console.error(`--format must be one of ${EXPORT_FORMATS.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  let filters;
  try {
    filters = parseViewFilters({
      outlet: values.outlet,
      actor: values.actor,
      kind: values.kind,
      q: values.q,
      from: values.from,
      to: values.to,
      articles: values.articles ? '1' : undefined,
    });
  } catch (err) {
    if (err instanceof HttpError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const dbFile = values.db ?? (process.env.REPORTGRAPH_DB || defaultDbPath());
  if (!fs.existsSync(dbFile)) {
    console.error(`no database at ${dbFile} (ingest articles first: npm run cli -- ingest PATH)`);
    return 1;
  }
  const service = openService({ dbFile });
  try {
    const graph = isWholeGraph(filters) ? service.model.graph : selectView(service.model.graph, filters);
    if (values.output) {
      const tmp = `${values.output}.tmp-${process.pid}`;
      const fd = fs.openSync(tmp, 'w');
      try {
        writeExport(graph, format, service.model, (chunk) => fs.writeSync(fd, chunk));
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, values.output);
      console.error(`wrote ${graph.order} nodes and ${graph.size} edges as ${format} to ${values.output}`);
    } else {
      writeExport(graph, format, service.model, (chunk) => process.stdout.write(chunk));
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    }
    return 0;
  } finally {
    await service.close();
  }
}
