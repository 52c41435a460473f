// "he" after a body's speech act named with a company's name ("Red Bull management had assured him")
// is still the person who spoke before it, not the company.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

const speakerOf = (text: string, claimStart: string) =>
  extract({ id: 't', title: 'T', text, published: '2024-05-02' }).attributions.find((a) => a.claim.startsWith(claimStart))?.speaker;

describe('a pronoun after a body named by a company\'s name', () => {
  it('resolves "he" to the person, not to "Blue Falcon management"', () => {
    const text =
      'Team principal Lars Oberg said Blue Falcon management had assured him “that the owners will not sell” the team.\n\n' +
      '“Blue Falcon will keep supporting the team,” he said.';
    expect(speakerOf(text, 'Blue Falcon will keep')).toMatch(/Lars Oberg$/);
  });

  it('still reads "he" after a described speaker as the person described', () => {
    const text = 'President Amadou Keita spoke on Sunday. The 70-year-old leader opened his campaign, accusing rivals of fraud. He said the vote would be fair.';
    expect(speakerOf(text, 'the vote would be fair')).toBe('Amadou Keita');
  });
});
