// A claim about "the report" involves the story's medium, but not another kind of report nor a report "of" events.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

const lead = 'The Daily Telegraph reported on Monday that the minister had resigned. The Daily Telegraph cited two aides.\n';

describe('the report a claim speaks of', () => {
  it('is the story medium\'s report', () => {
    const text = lead + 'A spokesman said the report was false.';
    expect(claimActors(text, 'the report was false', 'A spokesman')).toEqual(['The Telegraph']);
  });

  it('is not an autopsy or intelligence report', () => {
    const text = lead + 'A doctor said the autopsy report would take a week.';
    expect(claimActors(text, 'the autopsy report would take a week', 'A doctor')).toEqual([]);
  });

  it('is not a report of events', () => {
    const text = lead + 'A resident said he could not confirm the reports of looting.';
    expect(claimActors(text, 'he could not confirm the reports of looting', 'A resident')).not.toContain('The Telegraph');
  });
});
