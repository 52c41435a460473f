// "The paper quoted a friend, who said C": the person a medium cited speaks in a relative clause,
// and what they say reaches us through that medium.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const lastRecord = (text: string) => {
  const a = run(text).attributions.at(-1);
  return a ? [a.outlet, a.speaker, a.claim] : null;
};

describe('"<medium> cited|quoted S, who said C"', () => {
  it('a medium referred back to ("the paper", "the tabloid"), with and without the comma', () => {
    expect(lastRecord('The Sun reported that the star was ill. The paper quoted a friend, who said that the star had been ill for months.'))
      .toEqual(['The Sun', 'a friend', 'the star had been ill for months']);
    expect(lastRecord('The Sun reported that the star was ill. The paper cited a friend who said the star had been ill for months.'))
      .toEqual(['The Sun', 'a friend', 'the star had been ill for months']);
    expect(lastRecord('The Sun published photos of the star. The tabloid quoted an unnamed source, who claimed that the star had been ill for months.'))
      .toEqual(['The Sun', 'an unnamed source', 'the star had been ill for months']);
  });
  it('a citer that is no medium gives no outlet', () => {
    expect(lastRecord('The Sun reported that the star was ill. The lawyer quoted a friend, who said that the star had been ill for months.')?.[0]).toBeNull();
    expect(lastRecord('The Sun reported that the star was ill. Police cited a witness who said the star had been ill for months.')?.[0]).toBeNull();
  });
});
