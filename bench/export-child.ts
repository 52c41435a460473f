// Run as a fresh process by bench/graph.ts: opens a store, builds the model as the server
// and the CLI do, streams the whole graph as GEXF to a file, and prints its own figures
// (one JSON line): build and export seconds and CPU, and this process's peak RSS.
import fs from 'node:fs';
import { openService } from '../server/app-service.js';
import { writeExport } from '../server/api/exporting.js';

const [dbFile, outFile] = process.argv.slice(2);
if (!dbFile || !outFile) {
  console.error('usage: export-child.ts DB OUT.gexf');
  process.exit(2);
}
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
let cpu = process.cpuUsage();
let t = performance.now();
const service = openService({ dbFile });
const build = { seconds: (performance.now() - t) / 1000, cpu: cpuSeconds(process.cpuUsage(cpu)) };
const peakAfterBuild = process.resourceUsage().maxRSS * 1024;
cpu = process.cpuUsage();
t = performance.now();
const fd = fs.openSync(outFile, 'w');
writeExport(service.model.graph, 'gexf', service.model, (chunk) => fs.writeSync(fd, chunk));
fs.closeSync(fd);
const exported = { seconds: (performance.now() - t) / 1000, cpu: cpuSeconds(process.cpuUsage(cpu)) };
const { graph } = service.model;
console.log(
  JSON.stringify({
    nodes: graph.order,
    edges: graph.size,
    build,
    export: exported,
    bytes: fs.statSync(outFile).size,
    peakRssAfterBuild: peakAfterBuild,
    peakRss: process.resourceUsage().maxRSS * 1024,
  }),
);
await service.close();
