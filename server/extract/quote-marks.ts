// Quotations whose marks do not match: '“C1," S said. "C2.”' opens with a curly mark and closes with a
// straight one (and the next quotation the other way round). Read as they are, the first curly mark
// pairs with the last one and the whole passage becomes one quotation. Each straight mark that
// closes a curly opening, or opens a quotation a curly mark closes, is read as the curly mark it
// stands for. Same length, so offsets hold.

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';
/** a mark that may open: at the start or after a space or an opening bracket or dash, before a non-space */
const opensAt = (text: string, i: number) => {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || prev === '\n' || isSpace(prev) || prev === '(' || prev === '—' || prev === '–' || prev === ':') && next !== undefined && !isSpace(next) && next !== '\n';
};
/** a mark that may close: after a non-space, before the end, a space or punctuation */
const closesAt = (text: string, i: number) => {
  const prev = text[i - 1];
  const next = text[i + 1];
  return prev !== undefined && !isSpace(prev) && prev !== '\n' && (next === undefined || next === '\n' || isSpace(next) || /[,.;:!?)\]—–-]/.test(next));
};

/** The text with straight quotation marks that pair with curly ones made curly; the text itself when none do. */
export function matchQuoteMarks(text: string): string {
  if (!text.includes('"') || (!text.includes('“') && !text.includes('”'))) return text;
  /** positions of straight marks to replace, with their curly form */
  const changes: [number, string][] = [];
  let open = false;
  let openCurly = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { open = false; openCurly = false; continue; }
    if (c === '“') { open = true; openCurly = true; continue; }
    if (c === '”') { open = false; openCurly = false; continue; }
    if (c !== '"') continue;
    if (open && openCurly && closesAt(text, i)) {
      changes.push([i, '”']);
      open = false;
      openCurly = false;
    } else if (!open && opensAt(text, i) && nextMarkCloses(text, i + 1)) {
      changes.push([i, '“']);
      open = true;
      openCurly = true;
    } else {
      open = !open;
      openCurly = false;
    }
  }
  if (!changes.length) return text;
  let out = '';
  let at = 0;
  for (const [i, mark] of changes) {
    out += text.slice(at, i) + mark;
    at = i + 1;
  }
  return out + text.slice(at);
}

/** Whether the next quotation mark after `from`, in the same paragraph, is a curly closing one. */
function nextMarkCloses(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\n' || c === '"' || c === '“') return false;
    if (c === '”') return true;
  }
  return false;
}
