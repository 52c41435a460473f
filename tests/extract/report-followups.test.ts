// What completes a statement from around it: a participle "telling M" gives its medium to the
// statement it continues; a sentence "It cited S" gives the report before it its sources; a
// count as the subject of a that-less clause.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('", telling M ..." after a statement', () => {
  it('the statement the participle continues was made to the medium too', () => {
    const ex = run('The drummer confirmed that all is well, telling the Daily Mail: "We\'re not splitting."');
    expect(recordWith(ex, 'all is well').outlet).toBe('Daily Mail');
    expect(recordWith(ex, 'splitting').outlet).toBe('Daily Mail');
    expect(recordWith(run('The coach said the squad was tired, telling Reuters that three players were injured.'), 'tired').outlet).toBe('Reuters');
  });
  it('a report denied is no content told to the medium', () => {
    const ex = run('The league denies the Journal\'s report, telling Le Monde, "the report is incorrect."');
    expect(ex.attributions.filter((a) => a.cue === 'denies').map((a) => a.outlet)).toEqual([null]);
  });
  it('an audience is no medium; a statement with its own medium keeps it', () => {
    expect(recordWith(run('The coach said the squad was tired, telling reporters that three players were injured.'), 'tired').outlet).toBeNull();
    expect(recordWith(run('The coach told CNN the squad was tired, telling Reuters that three players were injured.'), 'tired').outlet).toBe('CNN');
  });
});

describe('"It cited S" after a medium\'s report', () => {
  it('the sources become the speaker of the report before', () => {
    const a = recordWith(run('Reuters reported Friday that the company was in talks with three buyers. It cited "several sources close to the matter" that were not identified.'), 'buyers');
    expect(a).toMatchObject({ outlet: 'Reuters', speaker: 'several sources close to the matter' });
    expect(recordWith(run('The Times reported that the minister would resign. The newspaper cited two officials familiar with the talks.'), 'resign').speaker).toBe('two officials familiar with the talks');
  });
  it('a reason cited, or a speaker\'s statement before, is left alone', () => {
    expect(recordWith(run('The Times reported that the minister would resign. It cited rising costs.'), 'resign').speaker).toBeNull();
    expect(recordWith(run('The minister said he would resign. It cited two officials.'), 'resign').speaker).toBe('The minister');
  });
});

describe('a count as the subject of the content', () => {
  it('"claimed at least 27 people were killed", "confirmed 300 jobs would go"', () => {
    expect(recordWith(run("A doctors' group claimed at least 27 people were killed."), 'killed')).toMatchObject({ speaker: "A doctors' group", claim: 'at least 27 people were killed' });
    expect(recordWith(run('The union confirmed 300 jobs would go.'), 'jobs').claim).toBe('300 jobs would go');
  });
  it('a count that is only an object is no content', () => {
    expect(run('The company confirmed 300 jobs.').attributions).toHaveLength(0);
  });
});
