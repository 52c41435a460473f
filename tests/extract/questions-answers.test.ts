// A question put to a speaker and the answer: "Asked if X, S answered flatly: "No."" — the question's
// own verbs state nothing; "answered"/"replied" with a colon before a quotation are cues, not labels;
// the medium that asked ("Asked in an interview with M") carries the answer.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('answers', () => {
  it('"answered"/"replied"/"responded" before a colon and a quotation', () => {
    for (const verb of ['answered', 'replied', 'responded', 'answered flatly', 'replied curtly']) {
      expect(brief(run(`The minister ${verb}: "We will never sign this deal."`))).toEqual([{ outlet: null, speaker: 'The minister', claim: 'We will never sign this deal.' }]);
    }
  });

  it('a label before a colon is still a label', () => {
    expect(brief(run('Key points: The minister said the deal was off.'))).toEqual([{ outlet: null, speaker: 'The minister', claim: 'the deal was off' }]);
  });

  it('"answered questions" is no statement', () => {
    expect(run('The minister answered questions for an hour.').attributions).toEqual([]);
  });
});

describe('the question put to the speaker', () => {
  it('a verb of saying or believing inside "Asked if/whether ..., " states nothing', () => {
    expect(brief(run('Asked if he believed there would be a strike, the minister answered flatly: "No."'))).toEqual([{ outlet: null, speaker: 'the minister', claim: 'No.' }]);
    expect(brief(run('Asked whether the mayor said the deal was off, the spokesman replied that he had not.'))).toEqual([{ outlet: null, speaker: 'the spokesman', claim: 'he had not' }]);
  });

  it('the media that asked in an interview carry the answer', () => {
    const ex = run('Asked in an interview with Newsweek magazine and The Washington Post if he expected a strike, the minister answered: "No, never."');
    expect(ex.attributions.map((a) => a.outlet)).toEqual(['Newsweek', 'The Washington Post']);
  });
});

describe('an interview named in the next sentence', () => {
  it('"S, in an interview published Monday, said C. Asked in an interview with M ...": M carries C', () => {
    const ex = run('The minister, in an interview published Monday, said talks would resume. Asked in an interview with Le Monde whether he expected a strike, he answered: "No, never."');
    const first = ex.attributions.filter((a) => a.claim === 'talks would resume');
    expect(first.map((a) => a.outlet)).toEqual(['Le Monde']);
  });

  it('no interview named next, or a setting that is not an interview, gives no medium', () => {
    expect(brief(run('The minister, in an interview published Monday, said talks would resume. The unions were not convinced.'))[0]?.outlet).toBeNull();
    const ex = run('The minister, in a speech on Monday, said talks would resume. Asked in an interview with Le Monde whether he expected a strike, he answered: "No, never."');
    expect(ex.attributions.find((a) => a.claim === 'talks would resume')?.outlet).toBeNull();
  });
});

describe('a title before a period inside a quotation', () => {
  it('"Mr. Burns" does not end the quoted sentence', () => {
    expect(brief(run('"We welcomed the visit by Mr. Burns to the talks," the minister said.'))).toEqual([{ outlet: null, speaker: 'the minister', claim: 'We welcomed the visit by Mr. Burns to the talks' }]);
  });
});
