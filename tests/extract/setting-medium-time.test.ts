import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "Speaking to <medium> last week, S said C": the time closing the setting is not part of the
// medium's name. Sentences written for this file.
describe('a leading interview setting followed by its time', () => {
  it('names the medium without the time', () => {
    const cases: [string, string][] = [
      ['Speaking to Dutch magazine Voetbalzone last week, the coach said the squad was tired.', 'Voetbalzone'],
      ['Talking to local broadcaster Radio Kiskeya on Monday, the mayor said the bridge would reopen.', 'Radio Kiskeya'],
      ['In an interview with the weekly Kicker Sportmagazin earlier this month, the striker said he wanted to stay.', 'Kicker Sportmagazin'],
    ];
    for (const [text, medium] of cases) {
      const r = recordWith(run(text), text.includes('squad') ? 'squad was tired' : text.includes('bridge') ? 'bridge would reopen' : 'wanted to stay');
      expect(r.outletMention).toBe(medium);
    }
  });
});
