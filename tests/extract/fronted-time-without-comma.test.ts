// "On Sunday evening the TT news agency reported C", "Last week the minister said C": a fronted time
// without its comma was kept in the subject, so the medium after it was never read as the outlet.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a fronted time without a comma', () => {
  it('is no part of the subject', () => {
    expect(recordWith(run('In December the Wall Street Journal reported that the agency had eavesdropped on officials.'), 'eavesdropped')).toMatchObject({ outlet: 'The Wall Street Journal', speaker: null });
    expect(recordWith(run('Earlier this month Reuters reported that the bank was in talks.'), 'talks')?.outlet).toBe('Reuters');
    expect(recordWith(run('Last week the minister said the plan was dead.'), 'plan')?.speaker).toBe('the minister');
    expect(recordWith(run('On Monday police said two men had been arrested.'), 'arrested')?.speaker).toBe('police');
  });
  it('a name that starts with a time word stays whole', () => {
    expect(recordWith(run('Monday Night Football said the game was off.'), 'game')?.speaker).toBe('Monday Night Football');
    expect(recordWith(run('Sunday Times editor John Witherow said the story was accurate.'), 'accurate')?.outlet).toBe('The Sunday Times');
  });
});
