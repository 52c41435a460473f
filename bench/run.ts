// `npm run bench`: runs every benchmark module and prints its figures. `npm run bench -- extract graph` runs some.
const BENCHES: Record<string, string> = {
  extract: './extract.js',
  ingest: './ingest.js',
  graph: './graph.js',
  api: './api.js',
  load: './load.js',
  browser: './browser.js',
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(BENCHES);
let failed = false;
for (const name of names) {
  const path = BENCHES[name];
  if (!path) {
    console.error(`unknown benchmark "${name}" (have: ${Object.keys(BENCHES).join(', ')})`);
    failed = true;
    continue;
  }
  console.log(`\n=== ${name}`);
  const started = performance.now();
  try {
    const mod = (await import(path)) as { run(): Promise<void> };
    await mod.run();
  } catch (err) {
    failed = true;
    console.error(`${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
  }
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed ? 1 : 0;
