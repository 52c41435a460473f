// A medium's work as the subject, with the medium inside the phrase: "A Sydney Morning Herald
// rugby column claimed C" (the medium, a topic, the work) and "The report by Jane Roe in today's
// Irish Times claims C" (the work, its author, the medium it appeared in).
import { describe, expect, it } from 'vitest';
import { outletAndSpeakerOf } from './helpers.js';

describe('"<Medium> <topic> <work> said C"', () => {
  it('one or two lower-case words between the medium and its work', () => {
    expect(outletAndSpeakerOf('A Sydney Morning Herald rugby column claimed the coach had been sacked.', 'coach')).toEqual(['The Sydney Morning Herald', null]);
    expect(outletAndSpeakerOf('A New York Times opinion piece argued that the law was unjust.', 'law')).toEqual(['The New York Times', null]);
  });
  it('a company or an office before its own report is no medium', () => {
    expect(outletAndSpeakerOf('A Microsoft research report claimed that the chips were faster.', 'chips')[0]).toBeNull();
    expect(outletAndSpeakerOf('A Pentagon intelligence report claimed that the missiles were ready.', 'missiles')[0]).toBeNull();
  });
});

describe('"<work> (by <author>) in <Medium> said C"', () => {
  it('an author between the work and the medium, and "today\'s" before the medium', () => {
    expect(outletAndSpeakerOf("The report by Jane Roe in today's Irish Times claims that the minister had lied.", 'minister')).toEqual(['The Irish Times', null]);
    expect(outletAndSpeakerOf('An article by Jane Roe in the Guardian claimed that the minister had lied.', 'minister')[0]).toBe('The Guardian');
  });
  it('a modifier of the work ("follow-up article")', () => {
    expect(outletAndSpeakerOf('The follow-up article in The Atlantic says that classified plans were shared.', 'plans')[0]).toBe('The Atlantic');
  });
  it('a body that is no medium after "in"', () => {
    expect(outletAndSpeakerOf('A report by Jane Roe in Congress claims that the minister had lied.', 'minister')[0]).toBeNull();
    expect(outletAndSpeakerOf('The report by the inspector in the ministry claims that funds were lost.', 'funds')[0]).toBeNull();
  });
});
