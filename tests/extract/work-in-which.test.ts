// A statement inside a medium's work: "X removed a report in which S said C", "a story by X in which S
// said C", "X's interview in which S said C" — S's claim, as X reports it.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a statement inside a medium\'s work', () => {
  it('the medium that is the sentence\'s subject: "X has removed/published a report ... in which S said C"', () => {
    for (const verb of ['has removed a report from its website', 'published a story on Monday', 'ran an interview last week']) {
      const r = recordWith(run(`Le Monde ${verb} in which two aides said the minister would resign.`), 'the minister would resign');
      expect([r.outlet, r.speaker]).toEqual(['Le Monde', 'two aides']);
    }
  });

  it('the medium after the work: "a story by the Globe in which S said C", "a report in Der Spiegel in which"', () => {
    expect(recordWith(run('The mayor criticised a story by the Boston Globe in which two aides said the plan had failed.'), 'the plan had failed').outlet).toBe('The Boston Globe');
    expect(recordWith(run('The minister denied a report in Der Spiegel in which an official said talks had stalled.'), 'talks had stalled').outlet).toBe('Der Spiegel');
  });

  it('the medium that owns the work: "Reuters\' interview in which S said C"', () => {
    expect(recordWith(run("He repeated the figures in Reuters' interview in which the general said 300 troops had left."), '300 troops').outlet).toBe('Reuters');
  });

  it('"the report" later refers back to that medium', () => {
    const ex = run('Le Monde removed a report from its website in which an aide supposedly said the minister would quit. "We will win," the report quoted the aide as saying.');
    expect(recordWith(ex, 'We will win').outlet).toBe('Le Monde');
  });

  it('a work of no medium, or a medium that is not its subject, gives no outlet', () => {
    expect(brief(run('The court published a ruling in which the judges said the law was void.'))).toEqual([{ outlet: null, speaker: 'the judges', claim: 'the law was void' }]);
    expect(recordWith(run('The senator, who often attacks CNN, gave an interview in which she said the bill would pass.'), 'the bill would pass').outlet).toBeNull();
  });

  it('a pronoun after "in which" is the subject, not the clause before it', () => {
    expect(recordWith(run('The mayor gave an interview in which he said the plan had failed.'), 'the plan had failed').speaker).toBe('he');
  });
});
