// The larger outlet gazetteer (round 5): outlets from every region are recognised in report
// sentences, ambiguous words stay ordinary words, and canonical names follow the scorer's list.
import { describe, expect, it } from 'vitest';
import { OUTLETS, findOutletMentions, lookupOutlet } from '../../server/extract/lexicon/outlets.js';
import { run } from './helpers.js';

const outletsIn = (text: string) => findOutletMentions(text).map((m) => m.entry.canonical);
const reportersOf = (text: string) => run(text).attributions.map((a) => a.outlet);

describe('gazetteer size and shape', () => {
  it('lists over 1,200 outlets from every region, each with a kind and a country', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(1200);
    for (const o of OUTLETS) {
      expect(o.canonical, JSON.stringify(o)).toMatch(/\S/);
      expect(o.country, o.canonical).toMatch(/^[A-Z]{2}$/);
    }
    const countries = new Set(OUTLETS.map((o) => o.country));
    // a sample across continents
    for (const c of ['RU', 'UA', 'GE', 'KZ', 'IL', 'LB', 'IR', 'IN', 'PK', 'BD', 'CN', 'JP', 'KR', 'ID', 'VN', 'NG', 'KE', 'ZA', 'ET', 'BR', 'AR', 'MX', 'CO', 'AU', 'NZ', 'FJ', 'CA', 'US', 'MT', 'LU', 'EE'])
      expect(countries, c).toContain(c);
  });

  it('gives no two outlets the same alias', () => {
    const owner = new Map<string, string>();
    for (const o of OUTLETS)
      for (const a of [o.canonical, ...o.aliases]) {
        const prev = owner.get(a);
        if (prev) expect(prev, a).toBe(o.canonical);
        owner.set(a, o.canonical);
      }
  });
});

describe('new outlets in report sentences', () => {
  it.each([
    ['Vedomosti reported that the central bank would keep its key rate unchanged.', 'Vedomosti'],
    ['Folha de S.Paulo reported that the ministry had drafted a new budget.', 'Folha de S.Paulo'],
    ['According to Clarín, the ministry had drafted a new budget.', 'Clarín'],
    ['The plan was approved last week, Dong-A Ilbo reported.', 'Dong-A Ilbo'],
    ['Israeli business daily Globes reported that the merger talks had collapsed.', 'Globes'],
    ['Caixin reported that the lender had missed a payment.', 'Caixin'],
    ['The Hindu BusinessLine reported that exports rose in March.', 'The Hindu BusinessLine'],
    ['Premium Times reported that the governor had signed the bill.', 'Premium Times'],
    ['According to the Dhaka Tribune, the ferry was carrying 200 passengers.', 'Dhaka Tribune'],
    ['Página/12 reported that the strike would continue on Monday.', 'Página/12'],
    ['Tehran Times reported that the talks would resume in Oman.', 'Tehran Times'],
    ['Kenya\'s Business Daily reported that the tender was cancelled.', 'Business Daily Africa'],
    ['The Moscow Times reported that the governor had resigned.', 'The Moscow Times'],
    ['The minister told Calcalist that the budget would pass.', 'Calcalist'],
    ['According to An-Nahar, the cabinet will meet on Thursday.', 'An-Nahar'],
    ['Pro-government daily al-Watan reported that the army had entered the town.', 'Al-Watan'],
    ['United Press International reported that the shipment had arrived.', 'United Press International'],
    ['The PA news agency reported that the vote was delayed.', 'PA Media'],
  ])('%s -> %s', (sentence, outlet) => {
    expect(reportersOf(sentence)).toContain(outlet);
  });

  it.each([
    ['RBK', 'RBC'],
    ['the Livemint website', 'Mint'],
    ['Mint newspaper', 'Mint'],
    ['Kommersant', 'Kommersant'],
    ['Meduza', 'Meduza'],
    ['Nikkei Asia', 'Nikkei'],
    ['the Irrawaddy', 'The Irrawaddy'],
    ['Clarin', 'Clarín'],
    ['Estadão', 'O Estado de S. Paulo'],
    ['the Daily Nation', 'Daily Nation'],
    ["Barron's", "Barron's"],
    ['al-Quds al-Arabi', 'Al-Quds Al-Arabi'],
    ['Asharq al-Awsat', 'Asharq Al-Awsat'],
  ])('lookupOutlet(%j) -> %s', (mention, canonical) => {
    expect(lookupOutlet(mention)?.canonical).toBe(canonical);
  });
});

describe('ambiguous words are not outlets in ordinary sentences', () => {
  it.each([
    // "Mint", "Metro", "Stuff", "Outlook", "Tempo", "Leadership", "Patch", "Salon": ordinary words
    'The Royal Mint said it would strike a new coin.',
    'Metro services were suspended after the flood.',
    'Stuff like that happens, the mayor said.',
    'Outlook for the economy remains weak, the bank said.',
    'Tempo of the talks picked up on Monday.',
    'Leadership of the party said it would not back the bill.',
    'Patch updates were released on Tuesday.',
    // acronyms of other bodies: the Royal Bank of Canada, Turkey's ruling party, a bank
    'RBC said its quarterly profit rose 8 per cent.',
    'The AKP said the election would go ahead.',
    'KBC reported a rise in net income.',
    // a ruling family, a state, a province, a river, the US flag
    'Sheikh Nawaf al-Ahmad al-Sabah said the emir was well.',
    'Sabah said it would hold a state election in September.',
    'The storm reached Granma province on Sunday.',
    'Fishermen on the Irrawaddy delta said the water was rising.',
    'Crowds waved the Stars and Stripes as the parade passed.',
    // demonyms and common phrases with "the"
    'The Local Government Association said councils were short of funds.',
    'The paper said little; the wire was cut.',
    'A new era began when the new age of computing arrived.',
    'The Nation of Islam said it would march.',
    "Stephen Harper's government said it would act. Jane's sister agreed.",
  ])('%s', (sentence) => {
    expect(outletsIn(sentence)).toEqual([]);
  });

  it.each([
    ['RBC said its quarterly profit rose 8 per cent.', 'RBC'],
    ['The AKP said the election would go ahead.', 'The AKP'],
    ['Leadership said the vote would be held.', 'Leadership'],
    ['Metro said the trains were late.', 'Metro'],
  ])('%s: a speaker, not an outlet', (sentence, speaker) => {
    expect(run(sentence).attributions.map((a) => [a.outlet, a.speaker])).toEqual([[null, speaker]]);
  });

  it('keeps the lower-case anaphors "the paper" and "the wire" from naming an outlet', () => {
    expect(lookupOutlet('the paper')).toBeNull();
    expect(lookupOutlet('the wire')).toBeNull();
    expect(lookupOutlet('the leadership')).toBeNull();
    expect(lookupOutlet('the local')).toBeNull();
  });

  it('reads a guarded name as an outlet when the text calls it a medium', () => {
    expect(outletsIn('Russian business daily RBC reported that the deal was off.')).toEqual(['RBC']);
    expect(outletsIn('Croatian broadcaster HRT said the count was over.')).toEqual(['Croatian Radiotelevision']);
    expect(outletsIn('New Zealand news site Stuff reported the closure.')).toEqual(['Stuff']);
    expect(outletsIn('The Nation reported that the senator had resigned.')).toEqual(['The Nation']);
  });
});

describe('canonical names of the scorer\'s outlets survive their new neighbours', () => {
  // Each pair: a scorer outlet (../shared/eval/outlets.json) and a new outlet whose name contains it.
  it.each([
    ["Israel's Channel 12 reported it; Kan 11 and Army Radio agreed.", ['Channel 12', 'Kan', 'Israeli Army Radio']],
    ['The Times reported it, and so did The New Times.', ['The Times', 'The New Times']],
    ['The Daily Telegraph and the Belfast Telegraph reported it.', ['The Telegraph', 'Belfast Telegraph']],
    ['The Daily Mail and the Zambia Daily Mail carried it.', ['Daily Mail', 'Zambia Daily Mail']],
    ['The Independent, the Sunday Independent and the Kyiv Independent reported it.', ['The Independent', 'Sunday Independent', 'The Kyiv Independent']],
    ['CNN and CNN Türk broadcast it; CBS and CBS Sports did too.', ['CNN', 'CNN Türk', 'CBS News', 'CBS Sports']],
    ['Fox News and Fox Business reported it; ABC and ABC Color too.', ['Fox News', 'Fox Business', 'ABC News', 'ABC Color']],
    ['Interfax and Interfax-Ukraine reported it, citing RIA Novosti.', ['Interfax', 'Interfax-Ukraine', 'RIA Novosti']],
    ['Al Arabiya and Al-Araby TV reported it; Asharq Al-Awsat and Asharq News too.', ['Al Arabiya', 'Al-Araby TV', 'Asharq Al-Awsat', 'Asharq News']],
    ['Bloomberg News and Bloomberg Businessweek reported it.', ['Bloomberg', 'Bloomberg Businessweek']],
    ['Ynet and the Times of Israel reported it, as did Nikkei Asia.', ['Ynet', 'The Times of Israel', 'Nikkei']],
    // a network's programme is the network, not a magazine that shares a word with it
    ["She said on CBS's Face the Nation and on 60 Minutes that it was over.", ['CBS News', 'CBS News', 'CBS News']],
  ])('%s', (sentence, outlets) => {
    expect(outletsIn(sentence)).toEqual(outlets);
  });
});

describe('celebrity, women\'s and lifestyle magazines', () => {
  it('are outlets where the text names them as media, or by names no word shares', () => {
    expect(reportersOf('A source close to the couple told People magazine that they had separated in March.')).toEqual(['People']);
    expect(reportersOf('A friend of the actress told Life & Style that the wedding was off.')).toEqual(['Life & Style']);
    expect(reportersOf("A spokesperson told Harper's Bazaar that the collection would launch in May.")).toEqual(["Harper's Bazaar"]);
    expect(reportersOf('The star told Grazia magazine that she was retiring.')).toEqual(['Grazia']);
  });
  it('names that are also words or given names need the medium named: "People said", "Grazia Rossi", "Marie Claire, a nurse"', () => {
    expect(reportersOf('People said the concert was too loud.')).toEqual([null]);
    expect(reportersOf('Grazia Rossi said the shop would close.')).toEqual([null]);
    expect(reportersOf('Marie Claire, a nurse, said the ward was full.')).toEqual([null]);
    expect(outletsIn('The band played In Touch with the Night at the close.')).toEqual([]);
  });
});

describe('a known medium after any modifier of its media noun', () => {
  it('"According to Aussie magazine Woman\'s Day, S said C", "told celebrity weekly Grazia"', () => {
    const a = run("According to Aussie magazine Woman's Day, the actor said the film was silly.").attributions;
    expect(a.map((r) => [r.outlet, r.speaker])).toEqual([["Woman's Day", 'the actor']]);
    expect(reportersOf('According to gossip magazine Grazia, the singer has moved to Rome.')).toEqual(['Grazia']);
  });
});
