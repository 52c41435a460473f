// Wire copy: a closing credit line ("Source: IANS"), an agency dateline with a bracketed credit
// ("Lahore, Mar 3 (PTI) ..."), and a bracketed date after a trailing cue at a paragraph's end.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a credit line closing a wire story', () => {
  it('"Source: AGENCY" as the last line gives the statements inside no outlet', () => {
    const text = 'Five people were hurt in the blast, the police said in a statement.\n\nThe road was closed for hours, the statement added.\n\nSource: IANS';
    expect(brief(run(text))).toEqual([
      { outlet: null, speaker: 'the police', claim: 'Five people were hurt in the blast' },
      { outlet: null, speaker: 'the statement', claim: 'The road was closed for hours' },
    ]);
  });

  it('two agencies on the credit line, or a final period, change nothing', () => {
    for (const credit of ['Source: AFP/Reuters', 'Source: Xinhua.', 'Source: AFP and Reuters']) {
      const text = `The dam held, officials said.\n\n${credit}`;
      expect(brief(run(text))).toEqual([{ outlet: null, speaker: 'officials', claim: 'The dam held' }]);
    }
  });

  it('a labelled news item keeps its Source line as the outlet of its statements', () => {
    const text = 'The minister has said that the port will reopen.\n\nSource: the minister\'s remarks quoted by Interfax\n\nDetails: He added that "ships will be checked".';
    expect(recordWith(run(text), 'the port will reopen').outlet).toBe('Interfax');
  });

  it('a Source line followed by more of the story is not a closing credit', () => {
    const text = 'The minister has said that the port will reopen.\n\nSource: Interfax\n\nQuote: "Ships will be checked first."';
    expect(recordWith(run(text), 'the port will reopen').outlet).toBe('Interfax');
  });
});

describe('an agency dateline with a bracketed credit', () => {
  it('"City, Mon DD (CREDIT)" before the first sentence is not part of the claim', () => {
    for (const dateline of ['Lahore, Mar 3 (PTI) ', 'New Delhi, Dec 27 (IANS) ', 'Kabul, Jan 9 (Xinhua) - ']) {
      const ex = run(`${dateline}Two bridges were damaged in the floods, the ministry said.`);
      expect(brief(ex)).toEqual([{ outlet: null, speaker: 'the ministry', claim: 'Two bridges were damaged in the floods' }]);
    }
  });
});

describe('a bracketed date after a trailing cue', () => {
  it('"..., the agency said Thursday (Apr 20)." at the end of a paragraph keeps its record', () => {
    const text = 'Six ducks found on a farm had the virus, the official Xinhua News Agency said Thursday (Apr 20).\n\nThe farm was sealed off, Xinhua said.';
    const ex = run(text);
    expect(recordWith(ex, 'Six ducks').outlet).toBe('Xinhua');
    expect(recordWith(ex, 'Six ducks').claim).toBe('Six ducks found on a farm had the virus');
    expect(ex.attributions).toHaveLength(2);
  });

  it('the same with a citation in brackets before a line break', () => {
    const ex = run('Prices rose again in May, Reuters reported (June 2).\nThe bank declined to comment.');
    expect(brief(ex)).toEqual([{ outlet: 'Reuters', speaker: null, claim: 'Prices rose again in May' }]);
  });
});
