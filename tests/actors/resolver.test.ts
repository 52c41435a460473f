import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

/** actorsIn over the span of `part` inside `text`. */
function actorsOf(text: string, part: string): string[] {
  const start = text.indexOf(part);
  expect(start, `"${part}" must occur in the text`).toBeGreaterThanOrEqual(0);
  return createActorResolver(text).actorsIn(start, start + part.length);
}

describe('actor resolver: names', () => {
  it('strips titles and role words in front of names', () => {
    const text = 'Spy agency head Maria Lindqvist met Prime Minister Tomas Ekberg, and Foreign Secretary Dame Alice Fenwick joined later.';
    expect(actorsOf(text, text)).toEqual(['Maria Lindqvist', 'Tomas Ekberg', 'Alice Fenwick']);
  });

  it('keeps a title that is part of an organisation name', () => {
    const text = 'The Foreign Ministry and the Central Bank of Freedonia disagreed on the figures.';
    expect(actorsOf(text, text)).toEqual(['Foreign Ministry', 'Central Bank of Freedonia']);
  });

  it('resolves surnames to the full name used earlier in the article', () => {
    const text = 'Negotiator Hannah Okafor arrived on Tuesday. Later Okafor said the deal was close, and Okafor left.';
    expect(actorsOf(text, 'Later Okafor said the deal was close')).toEqual(['Hannah Okafor']);
  });

  it('maps spelling variants and bare surnames of well-known figures to one canonical name', () => {
    const text = 'Zelenskiy spoke after Putin did. Volodymyr Zelensky repeated it.';
    expect(actorsOf(text, text)).toEqual(['Volodymyr Zelenskyy', 'Vladimir Putin']);
  });

  it('prefers a full name in the article over the gazetteer holder of a surname', () => {
    const text = 'Local councillor Rachel Trump objected to the plan. Trump said the road was unsafe.';
    expect(actorsOf(text, 'Trump said the road was unsafe')).toEqual(['Rachel Trump']);
  });

  it('drops quotation marks around names', () => {
    const text = 'The envoy said "Israel" and \u201cHamas\u201d must both sign, and \u2018Iran\u2019 stayed silent.';
    expect(actorsOf(text, text)).toEqual(['Israel', 'Hamas', 'Iran']);
  });

  it('does not take sentence-initial ordinary words, weekdays or platforms for actors', () => {
    const text = 'Instead, officials met. Residents fled on Monday. Meanwhile the mayor posted on Telegram.';
    expect(actorsOf(text, text)).toEqual([]);
  });

  it('reads a lower-case place head and the short form that follows', () => {
    const text = 'Floods hit remote Kelburn county overnight. Kelburn has no airport.';
    expect(actorsOf(text, text)).toEqual(['Kelburn County']);
  });
});

describe('actor resolver: acronyms', () => {
  it('links an acronym defined in parentheses to its long form, both ways', () => {
    const text = 'The Northern Water Authority (NWA) said supplies were safe. The NWA later added a warning.';
    expect(actorsOf(text, 'The NWA later added a warning')).toEqual(['Northern Water Authority']);
    expect(actorsOf(text, 'The Northern Water Authority (NWA) said')).toEqual(['Northern Water Authority']);
  });

  it('links a gazetteer acronym and its long form to one canonical name', () => {
    const text = 'The CIA and the Central Intelligence Agency are the same; so are the IAEA and the UN.';
    expect(actorsOf(text, text)).toEqual(['Central Intelligence Agency', 'International Atomic Energy Agency', 'United Nations']);
  });

  it('links an acronym to a long form used elsewhere in the article', () => {
    const text = 'Staff of the Coastal Rescue Service worked all night. By morning CRS boats had reached the island.';
    expect(actorsOf(text, 'By morning CRS boats')).toEqual(['Coastal Rescue Service']);
  });

  it('ignores model numbers and time zones', () => {
    const text = 'A man with an AK-47 fired at 10:44 p.m. (1344 GMT) near the F-16 hangar.';
    expect(actorsOf(text, text)).toEqual([]);
  });
});

describe('actor resolver: places and demonyms', () => {
  it('maps demonyms to the states they denote', () => {
    const text = 'Qatari officials and Egyptian mediators met Israeli negotiators and two Americans.';
    expect(actorsOf(text, text)).toEqual(['Qatar', 'Egypt', 'Israel', 'United States']);
  });

  it('reads country short forms', () => {
    const text = 'The U.S. and the UK, with Britain and the USA, asked the DPRK and South Korea to talk.';
    expect(actorsOf(text, text)).toEqual(['United States', 'United Kingdom', 'North Korea', 'South Korea']);
  });

  it('takes a capital for its state when it acts, and for the city elsewhere', () => {
    const text = 'Delegates met in Cairo on Sunday. Later Cairo proposed a truce and Moscow quickly rejected it.';
    expect(actorsOf(text, 'Delegates met in Cairo on Sunday')).toEqual(['Cairo']);
    expect(actorsOf(text, 'Later Cairo proposed a truce and Moscow quickly rejected it')).toEqual(['Egypt', 'Russia']);
  });

  it('reads an all-caps dateline', () => {
    const text = 'NAIROBI \u2014 Rains flooded the city.';
    expect(actorsOf(text, 'NAIROBI')).toEqual(['Nairobi']);
  });
});

describe('actor resolver: outlets and definite descriptions', () => {
  it('excludes outlets that report, but keeps an outlet the text is about', () => {
    const text = 'Reuters reported the figures, citing the BBC. The owner of the Financial Times may sell the newspaper.';
    expect(actorsOf(text, 'Reuters reported the figures, citing the BBC.')).toEqual([]);
    expect(actorsOf(text, 'The owner of the Financial Times may sell the newspaper')).toEqual(['Financial Times']);
  });

  it('points "the hotel" and "the country" back to the last hotel and country', () => {
    const text = 'Gunmen stormed the Grand Palm Hotel in Lome. Togo declared mourning. Guests said the hotel was burning and the country was in shock.';
    expect(actorsOf(text, 'the hotel was burning and the country was in shock')).toEqual(['Grand Palm Hotel', 'Togo']);
  });
});

describe('actor resolver: speakers', () => {
  const text =
    'Harbour Authority chief Lena Brandt said the port would reopen. The Qatari government said talks continued. ' +
    'Local journalist Omar Haddad wrote on X that the pier was closed. CIA chief William Burns flew to Doha.';
  const r = createActorResolver(text);

  it.each([
    ['the Qatari government', 'Qatar'],
    ['Hamas', 'Hamas'],
    ['CIA chief William Burns', 'William Burns'],
    ['the White House', 'White House'],
    ['Brandt', 'Lena Brandt'],
    ['Doha', 'Qatar'],
    ['Officials in South Korea and Japan', 'South Korea'],
    ['a spokesman for the Harbour Authority', 'Harbour Authority'],
  ])('canonicalSpeaker(%j) -> %s', (speaker, actor) => {
    expect(r.canonicalSpeaker(speaker)).toBe(actor);
  });

  it.each(['sources familiar with the matter', 'a witness', 'officials', 'Witnesses', 'the source', 'unidentified US officials', 'an intel source', 'he', 'Analysts', 'A Reuters spokeswoman'])(
    'canonicalSpeaker(%j) is null',
    (speaker) => {
      expect(r.canonicalSpeaker(speaker)).toBeNull();
    },
  );

  it('tells people from organisations and places', () => {
    expect(r.isPersonName('Lena Brandt')).toBe(true);
    expect(r.isPersonName('Brandt')).toBe(true);
    expect(r.isPersonName('CIA chief William Burns')).toBe(true);
    expect(r.isPersonName('the Qatari government')).toBe(false);
    expect(r.isPersonName('Harbour Authority')).toBe(false);
    expect(r.isPersonName('witnesses')).toBe(false);
    expect(r.kindOf('Lena Brandt')).toBe('person');
    expect(r.kindOf('Qatar')).toBe('place');
    expect(r.kindOf('Central Intelligence Agency')).toBe('organization');
  });

  it('adds states and public bodies that speak to a claim, not other speakers unless the claim is about them', () => {
    const claim = (part: string) => [text.indexOf(part), text.indexOf(part) + part.length] as const;
    expect(r.actorsForClaim(...claim('talks continued'), 'The Qatari government')).toEqual(['Qatar']);
    expect(r.actorsForClaim(...claim('the port would reopen'), 'Harbour Authority chief Lena Brandt')).toEqual([]);
    expect(r.actorsForClaim(...claim('the pier was closed'), 'Local journalist Omar Haddad')).toEqual([]);
    expect(r.actorsForClaim(...claim('the pier was closed'), 'sources familiar with the matter')).toEqual([]);
  });
});

describe('actor resolver: longer names', () => {
  it('keeps "and", "&" and "of" inside organisation names, not between people', () => {
    const text = 'The Department of Health and Human Services fined Procter & Gamble, and Anna Berg and Tom Kerr objected.';
    expect(actorsOf(text, text)).toEqual(['United States Department of Health and Human Services', 'Procter & Gamble', 'Anna Berg', 'Tom Kerr']);
  });

  it('extends a known name into a longer organisation or place name', () => {
    const text = 'The United Nations Human Rights Office and the Kenya Wildlife Service warned the Gulf Coast.';
    expect(actorsOf(text, text)).toEqual(['United Nations Human Rights Office', 'Kenya Wildlife Service', 'Gulf Coast']);
  });

  it('expands an outlet short name heading an organisation name, and keeps a country\'s government as the country', () => {
    const text = 'The FT Group was valued highly. The Ghana Government said the Ghana Cocoa Board would pay.';
    expect(actorsOf(text, text)).toEqual(['Financial Times Group', 'Ghana', 'Ghana Cocoa Board']);
  });

  it('does not take "X-based" places or lone company suffixes for actors', () => {
    const text = 'The London-based fund sold Apple Inc shares.';
    expect(actorsOf(text, text)).toEqual(['Apple Inc.']);
  });
});

describe('actor resolver: the setting of a story', () => {
  it('adds the place the story happens in to a claim that names no place, and only then', () => {
    const text =
      'A dam burst near Tarvik on Monday. Rescuers in Tarvik worked through the night. ' +
      'The mayor said that 40 people were missing. Officials said Norway would send help to Bergen.';
    const r = createActorResolver(text);
    const span = (part: string) => [text.indexOf(part), text.indexOf(part) + part.length] as const;
    expect(r.actorsForClaim(...span('40 people were missing'), 'The mayor')).toEqual(['Tarvik']);
    expect(r.actorsForClaim(...span('Norway would send help to Bergen'), 'Officials')).toEqual(['Norway', 'Bergen']);
  });

  it('has no setting when no town or region is named twice', () => {
    const text = 'Floods hit Tarvik. The mayor said that 40 people were missing.';
    const r = createActorResolver(text);
    const at = text.indexOf('40 people');
    expect(r.actorsForClaim(at, at + 22, 'The mayor')).toEqual([]);
  });
});

describe('actor resolver: descriptors and home country', () => {
  it('drops a state that only describes the name after it', () => {
    const text = 'Fans of American rock band Silver Owls met the US Federal Bureau of Investigation and Israeli captives.';
    expect(actorsOf(text, text)).toEqual(['Silver Owls', 'Federal Bureau of Investigation', 'Israel']);
  });

  it('keeps the state of an unnamed source, and adds the state an article is about to claims naming no place', () => {
    const text =
      'Chile said the mine was safe. Chile later closed it. Chile blamed the operator, and Chile fined it. ' +
      'Unidentified Peruvian officials said that the price of copper would rise. A spokesman said that nobody was hurt.';
    const r = createActorResolver(text);
    const span = (part: string) => [text.indexOf(part), text.indexOf(part) + part.length] as const;
    expect(r.actorsForClaim(...span('the price of copper would rise'), 'Unidentified Peruvian officials')).toEqual(['Peru']);
    expect(r.actorsForClaim(...span('nobody was hurt'), 'A spokesman')).toEqual(['Chile']);
  });
});

describe('actor resolver: offices without their holder', () => {
  it('resolves "Qatar\'s prime minister" and "the director of the X" to the holder the article names', () => {
    const text =
      "Qatar's prime minister will attend the summit. Qatari Prime Minister Rufus Firefly arrived on Monday. " +
      'The Director of the Sylvanian Space Agency joined; Sylvanian Space Agency chief Vera Trentino spoke. Egypt\'s president stayed home.';
    expect(actorsOf(text, "Qatar's prime minister will attend")).toEqual(['Qatar', 'Rufus Firefly']);
    expect(actorsOf(text, 'The Director of the Sylvanian Space Agency joined')).toEqual(['Vera Trentino', 'Sylvanian Space Agency']);
    expect(actorsOf(text, "Egypt's president stayed home")).toEqual(['Egypt']);
  });
});

describe('actor resolver: affiliation, titles and a name in one capitalised run', () => {
  it('splits "Acme Corp Chief Executive Jane Roe" into the company and the person', () => {
    const text = 'Acme Corp Chief Executive Jane Roe and Deputy Prime Minister Tom Reyes spoke.';
    expect(actorsOf(text, text)).toEqual(['Acme Corporation', 'Jane Roe', 'Tom Reyes']);
  });
});

describe('actor resolver: lower-case generic names', () => {
  it('reads "security council" as the UN body unless it belongs to someone else', () => {
    const text = "The launches violate security council resolutions, said the deputy head of Russia's security council.";
    expect(actorsOf(text, 'The launches violate security council resolutions')).toEqual(['United Nations Security Council']);
    expect(actorsOf(text, "the deputy head of Russia's security council")).toEqual(['Russia']);
  });
});

describe('actor resolver: headlines', () => {
  it('takes only gazetteer names from a Title Case line', () => {
    const text = 'Police Say Gunman Acted Alone in Kabul Attack\nOfficials in Kabul said the gunman, Ahmad Rahimi, acted alone.';
    expect(actorsOf(text, text)).toEqual(['Kabul', 'Ahmad Rahimi']);
  });
});
