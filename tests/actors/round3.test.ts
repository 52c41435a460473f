// Round 3 rules: non-entities, athletes' national teams, "North and South X", national bodies'
// short forms and "the ministry", a state that only describes an unnamed body.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { FIRST_NAMES } from '../../server/extract/lexicon/first-names.js';

const all = (text: string) => createActorResolver(text).actorsIn(0, text.length);
const span = (text: string, part: string) => {
  const i = text.indexOf(part);
  if (i < 0) throw new Error(`not in text: ${part}`);
  return [i, i + part.length] as const;
};

describe('things that are not actors', () => {
  it('takes no medical scans or boards for actors', () => {
    expect(all('The keeper needs an X-ray and an MRI, and the Board of Directors of Quillon Systems will meet.')).toEqual(['Quillon Systems']);
  });

  it('reads a state before a player as the team, not an actor', () => {
    expect(all('Brazil striker Tomas Arvelo and Ghana captain Kofi Mensah are injured.')).toEqual(['Tomas Arvelo', 'Kofi Mensah']);
    expect(all('Brazil beat Ghana.')).toEqual(['Brazil', 'Ghana']);
  });
});

describe('places written together', () => {
  it('reads "North and South Dakota" as both states', () => {
    expect(all('Snow fell across North and South Dakota.')).toEqual(['North Dakota', 'South Dakota']);
  });
});

describe('national bodies', () => {
  it('gives an acronym and "the ministry" the qualified body', () => {
    const text = "Peru's Ministry of Health (MINSA) opened an inquiry. MINSA said the ministry would report.";
    expect(all(text)).toEqual(['Ministry of Health (Peru)']);
  });
});

describe('a state that describes a body', () => {
  it('does not add the state of "X\'s military" to a claim about another state', () => {
    const text = "Chile's navy said Peru had moved ships. The Chilean government said talks would go on.";
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'Peru had moved ships'), "Chile's navy")).toEqual(['Peru']);
    expect(r.actorsForClaim(...span(text, 'talks would go on'), 'The Chilean government')).toEqual(['Chile']);
  });
});

describe('descriptions of the state an article is about', () => {
  it('reads "the government" and "the electoral commission" as the article\'s state and its commission', () => {
    const text = 'ACCRA - Voters in Ghana queued for hours. Ghana counted ballots overnight. Critics said the government had failed. The electoral commission said turnout was high.';
    const r = createActorResolver(text);
    expect(r.actorsIn(...span(text, 'the government had failed'))).toEqual(['Ghana']);
    expect(r.actorsForClaim(...span(text, 'turnout was high'), 'The electoral commission')).toEqual(['Electoral Commission of Ghana']);
  });

  it('knows "N.Korea" for North Korea', () => {
    expect(all('N.Korea fires missile')).toEqual(['North Korea']);
  });
});

describe('names that start with a state', () => {
  it('reads "the Freedonia Evening Times" as a newspaper, an actor only where the text is about it', () => {
    const text = 'The figures were named by the Peru Evening Times. Officials criticised the Peru Evening Times.';
    const r = createActorResolver(text);
    expect(r.actorsIn(...span(text, 'The figures were named by the Peru Evening Times'))).toEqual([]);
    expect(r.actorsIn(...span(text, 'Officials criticised the Peru Evening Times'))).toEqual(['Peru Evening Times']);
  });

  it('drops the state before a player even where the player is not scanned (a headline)', () => {
    const text = 'Senegal star Diallo to miss final\nSenegal beat Mali.';
    expect(createActorResolver(text).actorsIn(...span(text, 'Senegal star Diallo to miss final'))).not.toContain('Senegal');
    // (round 4: in a story that names a team by its state, the states that play are teams too)
    expect(createActorResolver(text).actorsIn(...span(text, 'Senegal beat Mali.'))).toEqual([]);
  });
});

describe('given names (round 6)', () => {
  it('a given name that is also a word stays a name before a surname: "Rod Hansen", "Bill Hollenbeck"', () => {
    const text = 'Police made an arrest on Monday.\nRod Hansen, from the police force, commented on the arrest. Bill Hollenbeck told reporters the suspect fled.';
    const kinds = createActorResolver(text).mentions().map((m) => `${m.canonical}:${m.kind}`);
    expect(kinds).toContain('Rod Hansen:person');
    expect(kinds).toContain('Bill Hollenbeck:person');
  });
  it('given names common in international news are known: "Tarik", "Narendra", "Thuli"', () => {
    for (const n of ['tarik', 'narendra', 'thuli', 'yahya', 'mauro']) expect(FIRST_NAMES.has(n)).toBe(true);
  });
});
