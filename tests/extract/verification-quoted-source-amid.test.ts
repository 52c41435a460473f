// "M said it cannot confirm that the documents are genuine" is a statement (only "could not verify the report", with
// nothing said of it, is a note on the medium's own checking); a quoted noun phrase as the source of "cited X as
// saying"; and "amid ..." without a comma belongs to the content. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a medium on its own checking', () => {
  it('a clause after "could not confirm" is a statement', () => {
    expect(rows('Reuters said it cannot confirm the letters are genuine.')).toEqual([['Reuters', null, 'it cannot confirm the letters are genuine']]);
  });
  it('"could not verify the report", "... the authenticity of the video" is no claim', () => {
    expect(rows('Reuters said it could not independently verify the report.')).toEqual([]);
    expect(rows('Reuters said it could not immediately verify the authenticity of the video.')).toEqual([]);
  });
});

describe('"M cited “S” as saying C"', () => {
  it('a source in quotation marks', () => {
    expect(rows('TMZ cited “several people close to the family” as saying the singer was found at his home.')).toEqual([['TMZ', 'several people close to the family', 'the singer was found at his home']]);
    expect(rows('TMZ quoted an “unnamed official” as saying the singer was found at his home.')[0]?.[1]).toMatch(/^an “unnamed official”?$/);
  });
});

describe('"amid" in the content', () => {
  it('without a comma it stays; after a comma it is the narrator\'s', () => {
    expect(rows('The shell was fired by air defence units amid a heavy bombardment of the port, AP reported.')[0]?.[2]).toBe('The shell was fired by air defence units amid a heavy bombardment of the port');
    expect(rows('The ministry said the strike hit a depot, amid fears of a wider war.')[0]?.[2]).toBe('the strike hit a depot');
  });
});
