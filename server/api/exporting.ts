// Writing a graph (or a view) in one of the export formats, shared by the HTTP export and the CLI.
import { writeGexf, toCsv, type AttributionGraph, type GraphModel } from '../graph/index.js';

export type ExportFormat = 'gexf' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gexf', 'csv', 'json'];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Writes the export through `write` in chunks of about 64 KiB (GEXF streams; CSV and JSON are built whole). */
export function writeExport(graph: AttributionGraph, format: ExportFormat, model: GraphModel, write: (chunk: string) => void): void {
  if (format === 'json') {
    write(JSON.stringify(graph.export()));
    return;
  }
  if (format === 'csv') {
    write(toCsv(graph, model));
    return;
  }
  let buffer = '';
  writeGexf(graph, (chunk) => {
    buffer += chunk;
    if (buffer.length >= 1 << 16) {
      write(buffer);
      buffer = '';
    }
  });
  if (buffer) write(buffer);
}
