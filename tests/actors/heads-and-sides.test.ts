// "the leader" is the one head of state or government the article names with a title, and a vice
// president holds no "the president"; "the North's leadership" is the northern state of a divided pair;
// a ministry after a state's short name ("a UK Ministry of Defence official") is that state's.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('heads of state by description', () => {
  it('reads "the leader" as the one head the article names', () => {
    expect(lastSentence('President Jakaya Kikwete flew to Geneva on Monday. Aides said the leader would rest for a week.')).toEqual(['Jakaya Kikwete']);
    expect(lastSentence("Prime Minister Ana Brnabic opened the plant. The country's leader praised the workers.")).toEqual(['Ana Brnabic']);
  });

  it('not with two heads, nor "the leader of" someone else', () => {
    expect(lastSentence('President Jakaya Kikwete met Prime Minister Mizengo Pinda. Aides said the leader would rest.')).toEqual([]);
    expect(lastSentence('President Jakaya Kikwete flew to Geneva. Aides said the leader of the opposition had left too.')).toEqual([]);
  });

  it('leaves a vice president out of "the president"', () => {
    const text = 'Vice President Yemi Adeyemi chaired the meeting while President Musa Bello was abroad. Aides said the president was resting.';
    expect(lastSentence(text)).toEqual(['Musa Bello']);
  });
});

describe('sides and short names of states', () => {
  it('reads "the North\'s" as the northern state of the pair', () => {
    expect(lastSentence("South Korea said North Korea fired a missile. Seoul said it pointed to cracks in the North's leadership.")).toContain('North Korea');
  });

  it("qualifies a ministry with the state's short name before it", () => {
    const text = 'North Korea expelled a diplomat on Monday. The North said he had met a UK Ministry of Defence official.';
    expect(lastSentence(text)).toContain('Ministry of Defence (United Kingdom)');
  });
});

describe('a people of two states', () => {
  it('names neither Korea', () => {
    expect(lastSentence('Japan sent a message to Seoul on Monday. The message concerned Korean comfort women.')).toEqual([]);
    expect(lastSentence('Japan sent a message on Monday. South Korean officials said they would reply.')).toEqual(['South Korea']);
  });
});

describe('the sides of a deal', () => {
  it('are read from "a deal that" too', () => {
    const text = 'Chile and Bolivia are close to a deal that would reopen the border crossing, officials said. The agreement could be signed next week.';
    expect(lastSentence(text)).toEqual(['Chile', 'Bolivia']);
  });
});
