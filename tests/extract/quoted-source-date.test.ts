import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// "M quoted S <date> as saying C": the date between the source and "as saying" is no part of the source.
// Sentences written for this file.
describe('a date after the quoted source', () => {
  it('is cut from the speaker', () => {
    const speaker = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker]);
    expect(speaker('Fuji TV quoted a defence ministry source Thursday as saying two frigates were sighted.')).toEqual([['Fuji TV', 'a defence ministry source']]);
    expect(speaker('NHK quoted a coast guard officer late on Friday as saying two frigates were sighted.')).toEqual([['NHK', 'a coast guard officer']]);
    expect(speaker('Interfax quoted the deputy minister yesterday as saying the pipeline would reopen.')).toEqual([['Interfax', 'the deputy minister']]);
  });
});
