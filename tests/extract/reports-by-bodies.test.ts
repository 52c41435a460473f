// "A report by Human Rights Watch said C": a body that publishes reports (a rights group, a bank,
// a fund, a ministry) is the report's author and the speaker, not a news medium (it was the outlet);
// "a report in/by an unlisted paper" still names a medium.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a report by a body that is no medium', () => {
  it('is spoken by that body, with no outlet', () => {
    expect(recordWith(run('A report by Human Rights Watch said the army had tortured detainees.'), 'tortured')).toMatchObject({ outlet: null, speaker: 'Human Rights Watch' });
    expect(recordWith(run('A new report from Amnesty International accuses the police of using excessive force.'), 'force')?.outlet).toBeNull();
    expect(recordWith(run('According to a report by the International Monetary Fund, inflation will fall next year.'), 'inflation')?.outlet).toBeNull();
    expect(recordWith(run('A report from the Regional Development Institute says the river is polluted.'), 'river')?.outlet).toBeNull();
  });
  it('a report by a medium keeps its outlet', () => {
    expect(recordWith(run('A report by the Guardian said the minister had lied.'), 'lied')?.outlet).toBe('The Guardian');
    expect(recordWith(run('A report in the Lagos Tribune said the governor had fled.'), 'fled')?.outlet).toMatch(/Lagos Tribune/);
  });
});
