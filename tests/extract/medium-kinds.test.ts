// A medium referred back to by its kind ("the station", "the newspaper") is the latest medium of that
// kind, not simply the last one that reported; and a print name with a broadcast suffix ("Kommersant-FM")
// is that paper's station, a medium of its own.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('an anaphor names the kind of medium it refers back to', () => {
  it('"the station" after a newspaper reported: the broadcaster named before', () => {
    const text = 'The storm cut power to the county, the Miami Herald reported. Crews from a utility were sent out after a tree fell on a truck owned by CNN. The station reported that two crews were stranded.';
    expect(recordWith(run(text), 'two crews were stranded').outlet).toBe('CNN');
  });

  it('"the newspaper" after a broadcaster reported: the newspaper named before', () => {
    const text = 'The bridge was closed on Friday, the Boston Globe reported. Traffic was diverted for hours, according to NBC News. The newspaper reported that repairs would take a month.';
    const ex = run(text);
    expect(recordWith(ex, 'Traffic was diverted').outlet).toBe('NBC News');
    expect(recordWith(ex, 'repairs would take a month').outlet).toBe('The Boston Globe');
  });

  it('"the agency" after a newspaper: the agency named before', () => {
    const text = 'The port reopened, Reuters said. Shipping resumed on Monday, Le Monde reported. The agency said that two ships had been damaged.';
    expect(recordWith(run(text), 'two ships had been damaged').outlet).toBe('Reuters');
  });

  it('when the last medium is of the kind named, it stays the antecedent', () => {
    const text = 'The port reopened, NBC News said. Shipping resumed on Monday, CNN reported. The network said that two ships had been damaged.';
    expect(recordWith(run(text), 'two ships had been damaged').outlet).toBe('CNN');
  });

  it('"told the paper" after a broadcaster: the paper named before', () => {
    const text = 'The strike ended, the Chicago Tribune reported. Talks went on all night, CNN reported. One union leader told the paper that members would vote on Sunday.';
    expect(recordWith(run(text), 'members would vote').outlet).toBe('Chicago Tribune');
  });
});

describe('a print name with a broadcast suffix', () => {
  it('"Kommersant-FM", "Bild-TV" are media of their own', () => {
    expect(recordWith(run('The lawyer told Kommersant-FM radio that the ruling was unfair.'), 'the ruling').outlet).toBe('Kommersant-FM');
    expect(recordWith(run('The coach told Bild-TV that he would stay.'), 'he would stay').outlet).toBe('Bild-TV');
  });

  it('the paper itself is still the paper', () => {
    expect(recordWith(run('The ruling was unfair, Kommersant reported.'), 'The ruling').outlet).toBe('Kommersant');
  });
});

describe('a title that names the medium only by its kind', () => {
  it('"S tells paper C" as the title: the first newspaper the story names (not the wire in its dateline)', () => {
    const text = 'Senator tells paper she will run again\n\nBOSTON (Reuters) - Senator Jane Roe told the Boston Globe on Monday that she would seek a third term.';
    const r = recordWith(run(text), 'she will run again');
    expect([r.outlet, r.outletMention]).toEqual(['The Boston Globe', 'paper']);
  });

  it('"tells TV station": the first broadcaster named', () => {
    const text = 'Minister tells TV station he will not resign\n\nThe minister told the Times that he would stay, CNN reported.';
    expect(recordWith(run(text), 'he will not resign').outlet).toBe('CNN');
  });

  it('no medium of that kind named after the title: none', () => {
    expect(recordWith(run('Minister tells paper he will not resign\n\nThe minister said he would stay, Reuters reported.'), 'he will not resign').outlet).toBeNull();
  });
});
