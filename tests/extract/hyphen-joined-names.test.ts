// A medium's name whose words a hyphen joins ("CNN-Turk", "RIA-Novosti") in a trailing attribution that
// closes its paragraph: the hyphen joins the name, it does not set off a headline's source tag
// ("Shares slump - Reuters"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const paragraph = (line: string) => run(`Storm batters the coast\n\n${line}\n\nRoads stayed closed on Sunday.`);

describe('a hyphen-joined medium closing a paragraph', () => {
  it('", CNN-Turk said." and ", CNN-Turk reported." are the medium reporting the paragraph', () => {
    const a = recordWith(paragraph('Two fishermen were still missing off the coast, CNN-Turk said.'), 'fishermen');
    expect(a.outlet).toBe('CNN Türk');
    expect(a.speaker).toBeNull();
    expect(a.claim).toBe('Two fishermen were still missing off the coast');
    const b = recordWith(paragraph('The ferry service was suspended until Tuesday, CNN-Turk reported.'), 'ferry');
    expect(b.outlet).toBe('CNN Türk');
  });
  it('"according to RIA-Novosti" after a speaker keeps the speaker and gives the agency', () => {
    const a = recordWith(paragraph('The spokesman said no decision had been taken, according to RIA-Novosti.'), 'decision');
    expect(a.outlet).toBe('RIA Novosti');
    expect(a.speaker).toBe('The spokesman');
  });
  it('a compound word before the medium ("state-run") is no tag separator', () => {
    const a = recordWith(paragraph('The governor resigned on Friday, the state-run Xinhua news agency reported.'), 'governor');
    expect(a.outlet).toBe('Xinhua');
    expect(a.speaker).toBeNull();
  });
  it('a headline tagged with its source after a spaced dash is still read as one', () => {
    const a = recordWith(run('Carmaker weighs plant closures - Reuters\n\nThe company declined to comment.'), 'plant closures');
    expect(a.outlet).toBe('Reuters');
    const b = recordWith(run('Border talks stall – report\n\nThe Kyiv Independent reported on Monday that the talks had stalled.'), 'Border talks');
    expect(b.claim).toBe('Border talks stall');
  });
});

describe('a capital letter with a bang in a medium\'s name', () => {
  it('"E! News confirmed C" opens no new sentence at the bang', () => {
    const a = recordWith(run('Two weeks later, E! News confirmed that the couple had split.'), 'split');
    expect(a.outlet).toBe('E! News');
    expect(a.speaker).toBeNull();
    expect(a.claim).toBe('the couple had split');
  });
  it('a bare medium word ("News reports still run higher") names no medium', () => {
    const ex = run('Officials say nine died. News reports still put the toll far higher.');
    expect(ex.attributions.every((r) => r.outlet === null)).toBe(true);
  });
});
