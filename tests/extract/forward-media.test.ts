// A medium described before it is named ("the state news agency reported ... told the Saudi Press
// Agency"), and a source described with several words referring back to the one a medium cited.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a description of a medium before its name', () => {
  it('"the state news agency reported" in the lead, the agency named in the next sentence', () => {
    const ex = run('The ministry said the quotes were invented, the state news agency reported. "These remarks were never made," an official told the Korean Central News Agency.');
    const a = recordWith(ex, 'invented');
    expect(a.outlet).toBe('Korean Central News Agency');
    expect(a.speaker).toBe('The ministry');
  });
  it('"according to a report published by a US daily", the daily named next', () => {
    const ex = run('Militants helped plan the attack, according to a report published by a US daily. The Washington Post quotes officials as saying the plot was traced through intercepts.');
    expect(recordWith(ex, 'Militants').outlet).toBe('The Washington Post');
  });
  it('a description of another kind of medium, or one after a medium was named, is not resolved forward', () => {
    expect(recordWith(run('Prices rose, the newspaper said. Later, the BBC reported that prices fell.'), 'Prices rose').outlet).toBeNull();
    const ex = run('Reuters reported the port was closed. Ships were diverted, the state news agency said. The Xinhua news agency later said the port had reopened.');
    expect(recordWith(ex, 'diverted').outlet).not.toBe('Xinhua');
  });
});

describe('a source described with several words', () => {
  it('"The Saudi Foreign Ministry source said" refers back to the official a medium cited', () => {
    const ex = run('"The remarks were invented," an unnamed official at the ministry told the Saudi Press Agency. The Associated Press reported on Saturday that the prince said the Gulf states must act. The Saudi Foreign Ministry source said that speech did not include the remarks.');
    const a = recordWith(ex, 'did not include');
    expect(a.outlet).toBe('Saudi Press Agency');
    expect(a.speaker).toBe('The Saudi Foreign Ministry source');
  });
});
