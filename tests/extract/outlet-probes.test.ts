// Outlet attribution constructions found by probing with sentences written for the purpose:
// initials of a medium named earlier, medium nouns used as anaphors, journalists named with
// the medium they work for, media named in an "including" appositive, a programme after a
// medium's possessive, evidence a medium compiled, and a media company speaking of its own business.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a medium named earlier, referred to by its initials', () => {
  it('"the Times of India ... TOI reported": initials with "of" kept', () => {
    const r = recordWith(run('The Times of India carried the interview on Sunday. TOI reported that the chief minister would skip the summit.'), 'chief minister');
    expect([r.outlet, r.outletMention]).toEqual(['The Times of India', 'TOI']);
  });
  it('"the Hindustan Times ... HT said", and initials as the medium told', () => {
    expect(recordWith(run('The Hindustan Times ran the photographs first. HT said the bridge had been inspected in May.'), 'bridge').outlet).toBe('Hindustan Times');
    const r = recordWith(run('The Hindustan Times ran the photographs first. A railway official told HT that the bridge had been inspected in May.'), 'bridge');
    expect([r.outlet, r.speaker]).toEqual(['Hindustan Times', 'A railway official']);
  });
  it('initials that match no medium named before stay a speaker', () => {
    const r = recordWith(run('The Hindustan Times ran the photographs first. NDMA said the bridge had been inspected in May.'), 'bridge');
    expect([r.outlet, r.speaker]).toEqual([null, 'NDMA']);
  });
});

describe('medium nouns as anaphors', () => {
  it('"the news service" refers back to the medium named before, and is no name itself', () => {
    expect(recordWith(run('Bloomberg News had the story first. The news service said the bank would name a new chairman.'), 'chairman').outlet).toBe('Bloomberg');
    expect(run('The news service said the bank would name a new chairman.').attributions.map((a) => a.outlet)).not.toContain('The');
  });
  it('"the programme" refers back to the broadcaster', () => {
    const r = recordWith(run('The BBC broadcast the documentary on Monday night. The programme said the charity had misled its donors.'), 'charity');
    expect([r.outlet, r.outletMention]).toEqual(['BBC', 'The programme']);
  });
});

describe('a journalist named with the medium after the name', () => {
  it('", a correspondent for M," and ", a political editor at M,"', () => {
    const r = recordWith(run('Sofia Marin, a correspondent for El Mundo, said the march had been peaceful.'), 'march');
    expect([r.outlet, r.speaker]).toEqual(['El Mundo', 'Sofia Marin']);
    expect(recordWith(run('Liam Carter, the chief political editor at the Guardian, wrote that the budget would be delayed.'), 'budget').outlet).toBe('The Guardian');
  });
  it('", who works for M," and ", who covers energy for M,"', () => {
    expect(recordWith(run('Omar Haddad, who works for the BBC, said the crossing had been shut all day.'), 'crossing').outlet).toBe('BBC');
    const r = recordWith(run('Helen Park, who covers defence for Reuters, reported that the order had been cancelled.'), 'order');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', 'Helen Park']);
  });
  it('"a reporter for M said", "Name of the M newspaper reported"', () => {
    const r = recordWith(run('A reporter for the Boston Globe said the suspect had been released on bail.'), 'suspect');
    expect([r.outlet, r.speaker]).toEqual(['The Boston Globe', 'A reporter for the Boston Globe']);
    const n = recordWith(run('Ciaran Walsh of the Irish Examiner newspaper reported that the hospital had run out of beds.'), 'hospital');
    expect([n.outlet, n.speaker]).toEqual(['Irish Examiner', 'Ciaran Walsh']);
  });
  it('a spokesman "for" a medium is no journalist, and a name "of" a body is no medium', () => {
    expect(recordWith(run('Paul Chodas of the Jet Propulsion Laboratory said the rock was harmless.'), 'rock').outlet).toBeNull();
    expect(recordWith(run('A spokesman for the bank said the branch would close.'), 'branch').outlet).toBeNull();
  });
  it('"told reporters from M": the medium the reporters work for', () => {
    const r = recordWith(run('The coach told reporters from El Mundo that he would stay another season.'), 'another season');
    expect([r.outlet, r.speaker]).toEqual(['El Mundo', 'The coach']);
    expect(recordWith(run('The coach told journalists from the Guardian that he would stay another season.'), 'another season').outlet).toBe('The Guardian');
  });
});

describe('media named in an "including" appositive', () => {
  it('"Several newspapers, including M1 and M2, reported C": one record per medium named', () => {
    const outlets = run('Several newspapers, including Le Monde and Le Figaro, reported that the prefect had been replaced.').attributions.map((a) => a.outlet).sort();
    expect(outlets).toEqual(['Le Figaro', 'Le Monde']);
    expect(run('Other media, such as the BBC, said the prefect had been replaced.').attributions.map((a) => a.outlet)).toEqual(['BBC']);
  });
  it('an appositive naming no medium keeps the group as the speaker', () => {
    const r = recordWith(run('Several newspapers, including two in the capital, reported that the prefect had been replaced.'), 'prefect');
    expect(r.outlet).toBeNull();
  });
});

describe('a programme after a medium possessive, and evidence a medium compiled', () => {
  it('"said on the BBC\'s Today programme that C": the claim starts after "that"', () => {
    const r = recordWith(run("The health secretary said on the BBC's Today programme that waiting lists would fall by spring."), 'waiting lists');
    expect([r.outlet, r.claim]).toEqual(['BBC', 'waiting lists would fall by spring']);
    expect(recordWith(run("The senator said on CNN's State of the Union show that the deal was dead."), 'deal').claim).toBe('the deal was dead');
  });
  it('"M\'s reporting showed", "figures compiled by M show"', () => {
    expect(recordWith(run("The Guardian's reporting showed that the fund had lost track of the loans."), 'loans').outlet).toBe('The Guardian');
    const r = recordWith(run('Figures compiled by Reuters show that 300 flights were cancelled.'), 'flights');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', null]);
  });
});

describe('a media company speaking of its own business', () => {
  it('"the company said its revenue rose" is no report by the medium', () => {
    const r = recordWith(run('Thomson Reuters said its annual profit fell 12 percent.'), 'profit');
    expect([r.outlet, r.speaker]).toEqual([null, 'Thomson Reuters']);
    expect(brief(run('The Guardian said its print subscribers fell to 100,000.'))[0]).toMatchObject({ outlet: null, speaker: 'The Guardian' });
  });
  it('a medium reporting on another company still reports', () => {
    expect(recordWith(run('Reuters said its sources expected the carmaker to cut 2,000 jobs.'), 'carmaker').outlet).toBe('Reuters');
    expect(recordWith(run("Reuters said the carmaker's revenue fell 5 percent."), 'revenue').outlet).toBe('Reuters');
  });
});
