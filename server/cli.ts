#!/usr/bin/env node
// Reportgraph command line: each command lives in server/cli/<command>.ts and exports `run(args)`.

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  extract: { summary: 'extract attributions from article files and print them (--format json|text)', load: () => import('./cli/extract.js') },
  ingest: { summary: 'extract and store articles from files, folders and globs', load: () => import('./cli/ingest.js') },
  reextract: { summary: 're-run the current extractor over every stored article', load: () => import('./cli/reextract.js') },
  export: { summary: 'export the graph or a filtered view (--format gexf|csv|json)', load: () => import('./cli/export.js') },
  serve: { summary: 'serve the API and the explorer (PORT, HOST)', load: () => import('./cli/serve.js') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `usage: npm run cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nrun "npm run cli -- <command> --help" for a command's options.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
