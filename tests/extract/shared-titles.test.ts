// A bare title many countries' papers share ("The Guardian", "The Star", "The Nation") names the paper of
// the country the story is set in: the country a qualifier before it names, else the one the story names
// most, when more than the title's home country. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const outletOf = (text: string, needle: string) => recordWith(run(text), needle).outlet;

describe('a shared bare title read by the story\'s country', () => {
  it('a story set in Nigeria, Kenya or Malaysia: that country\'s paper', () => {
    expect(outletOf('The Guardian reported that the governor of Lagos State had resigned. Nigerian officials said the vote would go ahead.', 'governor')).toBe('Guardian Nigeria');
    expect(outletOf('Kenyan police arrested three men in Mombasa, The Star reported.', 'arrested')).toBe('The Star (Kenya)');
    expect(outletOf('The Star reported that the Malaysian prime minister would visit Penang next week.', 'prime minister')).toBe('The Star (Malaysia)');
    expect(outletOf('The Nation reported that Nigerian troops had killed 20 militants in Borno.', 'troops')).toBe('The Nation (Nigeria)');
    expect(outletOf('South African police in Durban said the suspects had fled, the Sunday Times reported.', 'suspects')).toBe('Sunday Times (South Africa)');
  });
  it('a qualifier before the title decides: "Nigeria\'s Guardian", "Britain\'s Guardian"', () => {
    expect(outletOf('The Nigerian newspaper The Guardian reported that the fuel subsidy would end.', 'subsidy')).toBe('Guardian Nigeria');
    expect(outletOf("Britain's Guardian newspaper reported that Nigerian oil output fell. Nigeria's minister said Lagos and Abuja would cooperate.", 'oil output')).toBe('The Guardian');
  });
  it('a story set in the title\'s home country, or in no country the title has a paper in, keeps the bare title', () => {
    expect(outletOf("The Guardian reported that the prime minister would resign. Britain's economy shrank, British officials said.", 'prime minister')).toBe('The Guardian');
    expect(outletOf('The Guardian reported that the minister would resign.', 'minister')).toBe('The Guardian');
    expect(outletOf('The Nation reported that the senator from Ohio had voted against the bill in Congress.', 'senator')).toBe('The Nation');
  });
  it('a story that names the title\'s home country as often as the other keeps the home paper', () => {
    expect(outletOf('The Guardian reported that British and Nigerian officials met in London and Lagos.', 'officials')).toBe('The Guardian');
  });
});
