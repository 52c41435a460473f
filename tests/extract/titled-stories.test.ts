// A medium's story given by its title, and its scoop: "M ran a story called "T"", "M published a story with the
// headline: "T"", "M ran an article titled 'T'", "M was first with the news that C". The title is the claim (marks
// and the full stop they enclose dropped). A story with no title, a title of something no medium published, and
// "first to market" are none.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe("a medium's titled story or scoop", () => {
  it('called / headlined / titled / under the headline / with the headline:', () => {
    const a = recordWith(run('On Monday, the Guardian ran a story called "How the Deal Fell Apart."'), 'Deal');
    expect([a.outlet, a.claim]).toEqual(['The Guardian', 'How the Deal Fell Apart']);
    expect(recordWith(run('The Guardian ran a story headlined “Minister to quit over leaks”.'), 'Minister').claim).toBe('Minister to quit over leaks');
    expect(recordWith(run('The Times published a story with the headline: “Bank faces record fine.”'), 'Bank').outlet).toBe('The Times');
    expect(recordWith(run('Le Monde ran an article titled "The end of an era" on Tuesday.'), 'era').claim).toBe('The end of an era');
    expect(recordWith(run("Bloomberg ran a story under the headline 'Apple plans cheaper phone'."), 'Apple').outlet).toBe('Bloomberg');
  });
  it('a name no gazetteer knows is a medium when it runs stories; a person or a known company is not', () => {
    expect(recordWith(run('Acme Gazette ran a story headlined "Prices to rise".'), 'Prices').outlet).toBe('Acme Gazette');
    const roe = recordWith(run('Senator Jane Roe published an article titled "Why I am leaving".'), 'leaving');
    expect([roe.outlet, roe.speaker]).toEqual([null, 'Senator Jane Roe']);
  });
  it('"was first with the news that C" is a scoop, like "broke the news that C"', () => {
    const a = recordWith(run('The Toronto Sun was first with the news that the club had sacked its manager.'), 'sacked');
    expect([a.outlet, a.claim]).toEqual(['Toronto Sun', 'the club had sacked its manager']);
  });
  it('a nested quotation closing with a space between its marks ends the sentence', () => {
    const ex = run('The paper ran a story headlined: “Anchor quits ‘Morning Show.’ ” The story said she left in May.');
    expect(recordWith(ex, 'Anchor').claim).toBe('Anchor quits ‘Morning Show.’');
    expect(recordWith(ex, 'she left').claim).toBe('she left in May');
  });
  it('no title, no medium, or no news: no record', () => {
    expect(brief(run('The Guardian ran a story about the floods.'))).toEqual([]);
    expect(brief(run('The film was called "The Last Stand".'))).toEqual([]);
    expect(brief(run('The company was first to market with the new phone.'))).toEqual([]);
  });
});
