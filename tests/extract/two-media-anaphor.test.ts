// "The two papers said C": two media referred back to together speak through both (the phrase was
// the speaker, with no outlet); with no two media named before, it stays an unnamed source.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('"the two papers", "both newspapers"', () => {
  it('are the last two media named before', () => {
    const ex = run('Le Monde and Le Figaro reported on Friday that the minister would resign. The two papers said the decision was final.');
    expect(ex.attributions.filter((a) => a.claim.includes('final')).map((a) => a.outlet).sort()).toEqual(['Le Figaro', 'Le Monde']);
    const both = run('The Guardian reported the leak. The Times followed. Both newspapers said the files were genuine.');
    expect(both.attributions.filter((a) => a.claim.includes('genuine')).map((a) => a.outlet).sort()).toEqual(['The Guardian', 'The Times']);
  });
  it('without two media named before, no outlet', () => {
    expect(run('The two papers said one governor was involved.').attributions.map((a) => a.outlet)).toEqual([null]);
  });
});
