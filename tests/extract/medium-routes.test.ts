// Routes by which a speaker's words reach a medium, named around the reporting verb: "via its
// affiliated M", "in a statement obtained by M", and a fronted "In his letter, as quoted by M,".
import { describe, expect, it } from 'vitest';
import { outletAndSpeakerOf, run } from './helpers.js';

describe('"S said via|through its M that C"', () => {
  it('a medium with its media noun, after "its affiliated", "the state-run", or bare', () => {
    expect(outletAndSpeakerOf('The group said through its Al-Manar television that its fighters were responsible.', 'fighters')).toEqual(['Al-Manar', 'The group']);
    expect(outletAndSpeakerOf('The rebels said through the state-run IRNA agency that the talks had failed.', 'talks')[0]).toBe('IRNA');
  });
  it('a platform, a spokesman or a lawyer it speaks through is no medium', () => {
    expect(outletAndSpeakerOf('The group said via Twitter that its fighters were responsible.', 'fighters')[0]).toBeNull();
    expect(outletAndSpeakerOf('The group said via its spokesman that its fighters were responsible.', 'fighters')[0]).toBeNull();
    expect(outletAndSpeakerOf('The group said through its lawyer John Smith that the charges were false.', 'charges')[0]).toBeNull();
  });
});

describe('"S said in a statement obtained|seen|reviewed by M that C"', () => {
  it('the medium that has the document is the outlet', () => {
    expect(outletAndSpeakerOf('The military said in a statement obtained by BuzzFeed News that it had taken control of the country.', 'control')).toEqual(['BuzzFeed News', 'The military']);
    expect(outletAndSpeakerOf('The army said in a document seen by the Guardian that the plan was final.', 'plan')[0]).toBe('The Guardian');
    expect(outletAndSpeakerOf('The army said in a letter reviewed by Reuters that the plan was final.', 'plan')[0]).toBe('Reuters');
  });
  it('a statement on a platform names no medium', () => {
    expect(outletAndSpeakerOf('The military said in a statement on Twitter that it had taken control.', 'control')[0]).toBeNull();
  });
});

describe('"In his letter, as quoted by M, S notes that C"', () => {
  it('the medium quoted the clause after the setting, and the setting is no claim', () => {
    const ex = run('In his letter, as quoted by Channel 12, the general notes that the leaks had been investigated.');
    expect(ex.attributions.map((a) => [a.outlet, a.speaker, a.claim])).toEqual([['Channel 12', 'the general', 'the leaks had been investigated']]);
  });
  it('"reported by", "cited by", and a setting with its addressee ("his letter to the rabbis")', () => {
    expect(outletAndSpeakerOf('In a statement, as reported by Reuters, the ministry said the talks had failed.', 'talks')).toEqual(['Reuters', 'the ministry']);
    expect(outletAndSpeakerOf('From his letter to the rabbis, as quoted by Haaretz, the general argues that the leaks were serious.', 'leaks')[0]).toBe('Haaretz');
  });
  it('a person who quoted the letter, or an aside that quotes nobody, gives no medium', () => {
    expect(outletAndSpeakerOf('In his letter, as quoted by his lawyer, the general says that the leaks were serious.', 'leaks')[0]).toBeNull();
    expect(outletAndSpeakerOf('In his letter, as expected, the general says that the leaks were serious.', 'leaks')[0]).toBeNull();
  });
});

describe('"S told M that C1 and <verb> C2": the second verb of the same subject', () => {
  it('speaks to the same medium, after "and" or ", and"', () => {
    expect(outletAndSpeakerOf('The minister told the Irish Times that she had not resigned and accused the opposition of lying.', 'opposition')).toEqual(['The Irish Times', 'The minister']);
    expect(outletAndSpeakerOf('The minister told Reuters that she had not resigned, and warned that the opposition was lying.', 'opposition')).toEqual(['Reuters', 'The minister']);
  });
  it('a time or a new sentence between them, or an audience told, gives no medium', () => {
    expect(outletAndSpeakerOf('The minister told Reuters that she had not resigned, and on Tuesday warned that the opposition was lying.', 'opposition')[0]).toBeNull();
    expect(outletAndSpeakerOf('The minister told Reuters that she had not resigned. She warned that the opposition was lying.', 'opposition')[0]).toBeNull();
    expect(outletAndSpeakerOf('The minister told reporters that she had not resigned and accused the opposition of lying.', 'opposition')[0]).toBeNull();
  });
});

describe('"S denied C, according to M1 and M2": a trailing frame with coordinated media', () => {
  it('gives S\'s statement one record per medium', () => {
    const ex = run('Saudi Arabia has denied the allegations, according to Reuters and The Washington Post.');
    expect(ex.attributions.map((a) => [a.outlet, a.speaker])).toEqual([['Reuters', 'Saudi Arabia'], ['The Washington Post', 'Saudi Arabia']]);
  });
  it('one medium gives one record', () => {
    const ex = run('Saudi Arabia has denied the allegations, according to Reuters.');
    expect(ex.attributions.map((a) => [a.outlet, a.speaker])).toEqual([['Reuters', 'Saudi Arabia']]);
  });
});

describe('"M reported on a statement by S, in which she said C"', () => {
  it('the medium reports, the statement\'s author speaks, with or without an appositive', () => {
    expect(outletAndSpeakerOf('The BBC reported on a speech by the minister, in which he said that taxes would rise.', 'taxes')).toEqual(['BBC', 'the minister']);
    expect(outletAndSpeakerOf('NHK reported online on a statement released this morning by Kim Yo Jong, the younger sister of the leader, in which she suggested that North Korea may denuclearize.', 'denuclearize'))
      .toEqual(['NHK', 'Kim Yo Jong']);
  });
  it('a reporter that is no medium, or a relative naming other speakers, gives no medium', () => {
    expect(outletAndSpeakerOf('The committee reported on a statement by the minister, in which he said that taxes would rise.', 'taxes')[0]).toBeNull();
    expect(outletAndSpeakerOf('Reuters reported on a letter from the ministry, in which officials warned that the dam could fail.', 'dam')[0]).toBeNull();
  });
});
