// Child process for the read-only file test: opens the store the way the server does,
// reads it, tries one write, and prints what happened as JSON.
import { openStore } from '../../../server/store/index.js';

const file = process.argv[2];
const out: Record<string, unknown> = {};
try {
  const store = openStore(file);
  out.readOnly = store.readOnly;
  out.countsBefore = store.counts();
  try {
    store.ingest({ id: 'written', title: 'x', text: 'A text that should not be stored.' }, { attributions: [], relations: [] });
    out.wrote = true;
  } catch (err) {
    const e = err as { name?: string; code?: string; status?: number; message?: string };
    out.error = { name: e.name, code: e.code, status: e.status, message: e.message };
  }
  out.countsAfter = store.counts();
  store.close();
} catch (err) {
  const e = err as { name?: string; code?: string; status?: number; message?: string };
  out.openError = { name: e.name, code: e.code, status: e.status, message: e.message };
}
console.log(JSON.stringify(out));
