// "Briefing the Senate about the plan, the minister said C", "Answering a question, Roe said C": a fronted
// -ing participle with its object is no subject. "DawnNews" is the Dawn group's television channel, apart
// from the newspaper. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a fronted participle with its object', () => {
  it('is passed over for the subject after it', () => {
    expect(rows('Briefing the Senate about the action plan, the interior minister maintained that militants had defamed the country.')).toEqual([[null, 'the interior minister', 'militants had defamed the country']]);
    expect(rows('Answering a question, Roe said the troops were deployed in the city.')).toEqual([[null, 'Roe', 'the troops were deployed in the city']]);
    expect(rows('Reading the statement, the spokesman said the talks had failed.')).toEqual([[null, 'the spokesman', 'the talks had failed']]);
  });
});

describe('Dawn and Dawn News', () => {
  it('are two media', () => {
    expect(rows('The minister confirmed the news, DawnNews reported on Tuesday.')[0]?.[0]).toBe('Dawn News');
    expect(rows('The minister confirmed the news, Dawn reported on Tuesday.')[0]?.[0]).toBe('Dawn');
  });
});

describe('"Even as he spoke, S said C" and ", asking for X" after the content', () => {
  it('the fronted clause is no subject; the participle asking for something ends the claim', () => {
    expect(rows('Even as he spoke, activists said at least 25 people were killed.')).toEqual([[null, 'activists', 'at least 25 people were killed']]);
    expect(rows('The envoy said the observers could not stop the fighting alone, asking for help from both sides.')).toEqual([[null, 'The envoy', 'the observers could not stop the fighting alone']]);
  });
});
