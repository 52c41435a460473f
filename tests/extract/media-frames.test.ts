// Media named in the frame of a statement that the earlier rounds missed: an unfamiliar medium that reports on
// someone else's word, a named programme or podcast as the object of "told", and an interview setting inside
// "described X as Y". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('an unfamiliar name that reports, citing a source, is a medium', () => {
  it('"X, citing Y, reported that C" and "X reported, citing Y, that C"', () => {
    const a = recordWith(run("L'Echo Picard, citing a police document, reported that the mayor had resigned on Monday."), 'mayor');
    expect(a.outlet).toBe("L'Echo Picard");
    expect(a.speaker).toBe('a police document');
    const b = recordWith(run('The Harbour Echo reported, citing two port officials, that the cranes would be sold.'), 'cranes');
    expect(b.outlet).toBe('The Harbour Echo'); // (a newspaper-shaped name keeps its article, as "The Jakarta Post")
    expect(b.speaker).toBe('two port officials');
  });
  it('a person, a place or a known body that reports on someone\'s word stays a speaker', () => {
    expect(recordWith(run('John Smith, citing a police document, reported that the mayor had resigned.'), 'mayor').outlet).toBeNull();
    expect(recordWith(run('Goldman Sachs, citing client data, reported that card spending fell in May.'), 'spending').outlet).toBeNull();
    expect(recordWith(run('France, citing intelligence reports, said that the convoy had crossed the border.'), 'convoy').outlet).toBeNull();
    // without a source it cited, a capitalised subject of "reported" is not made a medium
    expect(recordWith(run('The Harbour Board reported that the cranes would be sold.'), 'cranes').outlet).toBeNull();
  });
});

describe('a programme, podcast or show told', () => {
  it('"told the <Name> podcast/newsletter that C" names the medium and keeps the medium word out of the claim', () => {
    const a = recordWith(run("The player's agent told the Final Whistle podcast that the striker would stay."), 'striker');
    expect(a.outlet).toBe('Final Whistle');
    expect(a.claim).toBe('the striker would stay');
    const b = recordWith(run('The governor told the Capitol Notes newsletter that schools would reopen on Monday.'), 'schools');
    expect(b.outlet).toBe('Capitol Notes');
    expect(b.claim).toBe('schools would reopen on Monday');
  });
});

describe('an interview setting inside "described X as Y"', () => {
  it('"described X in an interview with M as Y" gives M as the outlet', () => {
    const a = recordWith(run('The coach described the accusations in a telephone interview with Reuters as "an absolute load of rubbish".'), 'rubbish');
    expect(a.outlet).toBe('Reuters');
    expect(a.speaker).toBe('The coach');
    expect(a.claim).toBe('an absolute load of rubbish');
    expect(recordWith(run('The minister described the vote as a sham.'), 'sham').outlet).toBeNull();
  });
});

describe('a source and the medium that carried its words, in one sentence', () => {
  it('"According to M, S said C" is one record: M reports S\'s claim', () => {
    const ex = run('According to the Financial Times, the city treasurer said the budget gap had doubled.');
    expect(ex.attributions).toHaveLength(1);
    const a = recordWith(ex, 'budget gap');
    expect(a.outlet).toBe('Financial Times');
    expect(a.speaker).toBe('the city treasurer');
    expect(a.claim).toBe('the budget gap had doubled');
  });
  it('"M, citing <a title>, said C": an office holder cited is the speaker', () => {
    const a = recordWith(run('Reuters, citing the deputy energy minister, said the pipeline would be finished by June.'), 'pipeline');
    expect(a.outlet).toBe('Reuters');
    expect(a.speaker).toBe('the deputy energy minister');
  });
  it('leading frames: "In comments published by M,", "In a M interview,", "Asked by M about X,"', () => {
    for (const lead of ['In comments published by Reuters,', 'In a Reuters interview,', 'Asked by Reuters about the delay,']) {
      const a = recordWith(run(`${lead} the harbour master said the port would reopen on Monday.`), 'port would reopen');
      expect(a.outlet, lead).toBe('Reuters');
      expect(a.speaker, lead).toBe('the harbour master');
    }
    // a topic without a medium stays without one
    expect(recordWith(run('Asked about the delay, the harbour master said the port would reopen on Monday.'), 'port').outlet).toBeNull();
  });
  it('", in comments to M." after the content names the medium and is not part of the claim', () => {
    const a = recordWith(run('The harbour master said the port would reopen on Monday, in comments to Reuters.'), 'port');
    expect(a.outlet).toBe('Reuters');
    expect(a.claim).toBe('the port would reopen on Monday');
  });
});

describe('the medium a statement appeared in', () => {
  it('"S is quoted in M as saying C"', () => {
    const a = recordWith(run('The mayor is quoted in the Guardian as saying the bridge would close in May.'), 'bridge');
    expect(a.outlet).toBe('The Guardian');
    expect(a.speaker).toBe('The mayor');
    expect(a.claim).toBe('the bridge would close in May');
    // "quoted in a statement" names no medium
    expect(recordWith(run('The mayor was quoted in a statement as saying the bridge would close in May.'), 'bridge').outlet).toBeNull();
  });
  it('"In an op-ed published in M, S wrote that C"', () => {
    const a = recordWith(run('In an op-ed published in the Guardian, the mayor wrote that the bridge would close in May.'), 'bridge');
    expect(a.outlet).toBe('The Guardian');
    expect(a.speaker).toBe('the mayor');
  });
});

describe('a journalist of a medium told', () => {
  it('"told a Reuters reporter that C" gives the medium; "told reporters" gives none', () => {
    const a = recordWith(run('The coach told a Reuters reporter that he would not give up.'), 'give up');
    expect(a.outlet).toBe('Reuters');
    expect(a.claim).toBe('he would not give up');
    expect(recordWith(run('The coach told reporters that he would not give up.'), 'give up').outlet).toBeNull();
  });
});
