#!/usr/bin/env node
// Makes sure the system programs the tests drive are present: Debian's chromium (browser tests),
// xmllint (GEXF schema checks) and python3-networkx (GEXF read-back). As root with apt it installs
// the missing ones; otherwise it stops and prints the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const REQUIREMENTS = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { pkg: 'libxml2-utils', present: () => commandWorks('xmllint', ['--version']) },
  { pkg: 'python3-networkx', present: () => commandWorks('/usr/bin/python3', ['-c', 'import networkx']) },
];

function commandWorks(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

const missing = REQUIREMENTS.filter((r) => !r.present()).map((r) => r.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !commandWorks('apt-get', ['--version'])) {
  console.error(`The tests need these system packages: ${missing.join(', ')}.\nInstall them with:\n\n  sudo ${command}\n`);
  process.exit(1);
}
console.error(`Installing the system packages the tests need: ${missing.join(', ')} …`);
execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const still = REQUIREMENTS.filter((r) => !r.present()).map((r) => r.pkg);
if (still.length) {
  console.error(`Still missing after install: ${still.join(', ')}`);
  process.exit(1);
}
