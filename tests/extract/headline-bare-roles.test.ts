// Headlines that end in an inverted cue and a bare role without its article: "Minister will quit,
// says aide", "Talks near collapse, says source". The role is the speaker; it used to be read as
// the content, with the headline as its speaker.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

const headline = (h: string) => extract({ id: 'h', title: h, text: `${h}\n\nThe minister met party leaders on Monday.` }).attributions
  .filter((a) => a.sentenceStart === 0).map((a) => [a.speaker, a.claim]);

describe('a headline credited to a bare role', () => {
  it('the role speaks', () => {
    expect(headline('Minister will quit, says aide')).toEqual([['aide', 'Minister will quit']]);
    expect(headline('Talks near collapse, says source')).toEqual([['source', 'Talks near collapse']]);
    expect(headline('We will fight on, says opposition MP')).toEqual([['opposition MP', 'We will fight on']]);
  });
});
