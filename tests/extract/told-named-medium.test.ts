// "S told M" names the medium of S's statement, also when S is a speaker the story met before in
// another medium's report ("State media reported that an official ... '"C," the official told Yonhap'):
// the medium the clause names wins over the one the speaker carried. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('the medium a "told" clause names', () => {
  it('wins over the medium a returning speaker carried from an earlier report', () => {
    const text = 'State television reported that a senior official had rejected the findings. '
      + '"We have seen no evidence of sabotage," the official told Kyodo News.';
    const a = recordWith(run(text), 'no evidence');
    expect(a.outlet).toBe('Kyodo News');
    expect(a.speaker).toBe('the official');
    const b = recordWith(run('The BBC reported that a police spokesman had confirmed two arrests. "Both men are in custody," the spokesman told The Guardian.'), 'custody');
    expect(b.outlet).toBe('The Guardian');
  });
  it('a returning speaker with no medium named keeps the medium of the report it came from', () => {
    const text = 'The BBC reported that a police spokesman had confirmed two arrests. "Both men are in custody," the spokesman said.';
    expect(recordWith(run(text), 'custody').outlet).toBe('BBC');
  });
});

describe('"told M" and a clause that opens with a contracted pronoun', () => {
  it('"told M it\'s C", "told M they\'re C": the clause is the content', () => {
    const a = recordWith(run("The club's spokesman told The Associated Press it's too early to discuss a new contract."), 'too early');
    expect(a.outlet).toBe('Associated Press');
    expect(a.speaker).toBe("The club's spokesman");
    expect(a.claim).toBe("it's too early to discuss a new contract");
    expect(recordWith(run("The coach told Reuters they're ready for the final."), 'ready').outlet).toBe('Reuters');
  });
  it('a possessive after the medium is no contraction: "told M the team\'s story" has no content', () => {
    expect(run("The coach told Reuters the team's story.").attributions).toHaveLength(0);
  });
});
