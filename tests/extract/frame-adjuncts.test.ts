// What stands between a trailing frame and its content: "C, sources told M hours after the vote." (a time reckoned
// from an event closes the frame; "said hours after the vote that C" keeps the content after "that"), and
// "C - an aside - the agency said." (the dash that closes an aside parts the content from the frame).
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('adjuncts around a frame', () => {
  it('"C, S told M hours after X": the content is before the frame', () => {
    const a = recordWith(run('Extra police have been deployed outside the residence, sources told the BBC hours after the case was registered.'), 'police');
    expect([a.outlet, a.speaker, a.claim]).toEqual(['BBC', 'sources', 'Extra police have been deployed outside the residence']);
    expect(recordWith(run('The border will stay shut, officials told Reuters shortly before the meeting.'), 'border').claim).toBe('The border will stay shut');
  });
  it('"S said hours after X that C": the content after "that"', () => {
    expect(recordWith(run('The minister said hours after the vote that the plan was dead.'), 'plan').claim).toBe('the plan was dead');
    expect(recordWith(run('He told reporters shortly before the match that he was fit.'), 'fit').claim).toBe('he was fit');
  });
  it('"C - an aside - S said": the content with its aside', () => {
    const a = recordWith(run("Doctors were battling to save the boy - the country's eighth case - the official Xinhua news agency said."), 'Doctors');
    expect([a.outlet, a.claim]).toEqual(['Xinhua', "Doctors were battling to save the boy - the country's eighth case"]);
    expect(recordWith(run('The storm killed 10 people - mostly children - officials said.'), 'storm').speaker).toBe('officials');
  });
  it('an aside before a predicate that is no frame gives nothing', () => {
    expect(brief(run('The new deal — in which both firms hold a stake — seems crafted to avoid a repeat.'))).toEqual([]);
  });
});
