// Claim spans and frames written for these tests: a frame inside a short claim, a subjectless "but" clause after the
// content, a relative clause after an inverted speaker, reduced relatives that are no statements, settings before content.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('a frame inside the content', () => {
  it('keeps a short head and the finite rest as one claim', () => {
    expect(brief(run('The bus, police said, was carrying 40 passengers.'))).toEqual([{ outlet: null, speaker: 'police', claim: 'The bus, police said, was carrying 40 passengers' }]);
    expect(brief(run('The ruling, she said, was final.'))).toEqual([{ outlet: null, speaker: 'she', claim: 'The ruling, she said, was final' }]);
  });
});

describe('where the content after a cue ends', () => {
  it('", but" and the reporting subject\'s next act end it', () => {
    expect(brief(run('Police said the man had been arrested, but gave no further details.'))).toEqual([{ outlet: null, speaker: 'Police', claim: 'the man had been arrested' }]);
    expect(brief(run('The mayor said the plan was sound, but would not say how much it cost.'))).toEqual([{ outlet: null, speaker: 'The mayor', claim: 'the plan was sound' }]);
  });

  it('a "but" clause of the content itself stays', () => {
    expect(brief(run('The mayor said the plan was sound, but would cost more.'))).toEqual([{ outlet: null, speaker: 'The mayor', claim: 'the plan was sound, but would cost more' }]);
  });

  it('a setting between the cue and a clause without "that"', () => {
    expect(brief(run('The airline said in a statement Monday it had grounded the fleet.'))).toEqual([{ outlet: null, speaker: 'The airline', claim: 'it had grounded the fleet' }]);
    expect(brief(run('The senator said on Facebook the bill was dead.'))).toEqual([{ outlet: null, speaker: 'The senator', claim: 'the bill was dead' }]);
  });

  it('"so far" before "that" is not content', () => {
    expect(brief(run('Police have reported so far that 20 people died.'))).toEqual([{ outlet: null, speaker: 'Police', claim: '20 people died' }]);
  });
});

describe('speakers after an inverted cue', () => {
  it('a relative clause describing the speaker does not hide it', () => {
    expect(brief(run('The deal is close, said a senior official who asked not to be named.'))).toEqual([{ outlet: null, speaker: 'a senior official', claim: 'The deal is close' }]);
  });
});

describe('participles that modify a noun', () => {
  it('"briefed on", "reported so far" are no cues', () => {
    expect(brief(run('A diplomat briefed on the negotiations said the deal was close.'))).toEqual([{ outlet: null, speaker: 'A diplomat briefed on the negotiations', claim: 'the deal was close' }]);
    expect(brief(run('The deaths reported so far were all in the north, the governor said.'))).toEqual([{ outlet: null, speaker: 'the governor', claim: 'The deaths reported so far were all in the north' }]);
  });
});

describe('speakers described around a quotation or a fronted phrase', () => {
  it('"C," the spokeswoman, Ann Lee, said: the quotation alone is the claim', () => {
    expect(brief(run('"There is no evidence of that," the spokeswoman, Ann Lee, told reporters.'))).toEqual([{ outlet: null, speaker: 'Ann Lee', claim: 'There is no evidence of that' }]);
    expect(brief(run('"We are confident," the company\'s chief executive, Mark Hill, said in an interview.'))).toEqual([{ outlet: null, speaker: 'Mark Hill', claim: 'We are confident' }]);
  });

  it('a participle aside after a fronted phrase is not the subject', () => {
    expect(brief(run('In the letter, seen by reporters, the minister said the plan was unworkable.'))).toEqual([{ outlet: null, speaker: 'the minister', claim: 'the plan was unworkable' }]);
  });

  it('a finished clause before a short noun phrase leaves that noun phrase the subject', () => {
    expect(brief(run('While officials said the fire was under control, residents said flames were still visible.'))).toEqual([
      { outlet: null, speaker: 'officials', claim: 'the fire was under control' },
      { outlet: null, speaker: 'residents', claim: 'flames were still visible' },
    ]);
    expect(brief(run('Smith, who was arrested on Monday, told police he was innocent.'))).toEqual([{ outlet: null, speaker: 'Smith', claim: 'he was innocent' }]);
  });
});
