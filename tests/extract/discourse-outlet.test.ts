// A medium carried to a later attribution that names none (server/extract/discourse-outlet.ts):
// only where the text ties the speaker to that medium. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe("the medium's own source referred back to", () => {
  it('"the source" a few sentences after the medium quoted an unnamed official', () => {
    const ex = run('According to Reuters, the officials admitted that the budget had been cut by a third. ' +
      'The official, who asked not to be named, refused to give a date. "Nobody has told us anything yet." ' +
      'The source disclosed that the ministry would appeal the decision.');
    expect(recordWith(ex, 'appeal').outlet).toBe('Reuters');
  });
  it('"the sources" after narration in which sources gave a channel the details', () => {
    const ex = run('Witnesses described heavy smoke over the port. Sources gave the Qatari channel Al Jazeera more details about the fire. ' +
      'The sources said that the fuel depot had burned for six hours.');
    expect(recordWith(ex, 'fuel depot').outlet).toBe('Al Jazeera');
  });
  it('"the official Roe cited": the source a reporter of the medium cited, and the same official again', () => {
    const ex = run('Writing for the Guardian, correspondent Mary Roe said the deal had collapsed in March. ' +
      'The European official Roe cited said the talks would not resume this year. The official also said the envoy had resigned.');
    expect(recordWith(ex, 'resume').outlet).toBe('The Guardian');
    expect(recordWith(ex, 'envoy').outlet).toBe('The Guardian');
  });
  it('a definite source whose own first statement had no medium keeps none', () => {
    const ex = run('Reuters reported that the factory had closed. A Western diplomat said on Monday that the election had been peaceful. ' +
      'Turnout was low in the north, the diplomat said.');
    expect(recordWith(ex, 'Turnout').outlet).toBeNull();
  });
});

describe("the medium's staff, a statement given to a medium, a passage quoted from its report", () => {
  it('"the anchor" of the channel named before', () => {
    const ex = run('The clip was broadcast by Al Jazeera on Sunday night. The anchor claimed that twelve soldiers had been captured.');
    expect(recordWith(ex, 'twelve soldiers').outlet).toBe('Al Jazeera');
  });
  it('a reporter who spoke before without a medium keeps none as "the reporter"', () => {
    const ex = run('The BBC reported that the border was closed. A local reporter said the road was flooded. The reporter said two villages were cut off.');
    expect(recordWith(ex, 'two villages').outlet).toBeNull();
  });
  it('"S released a statement to M." and the statement in the next sentence', () => {
    const ex = run('The band released a short statement to Reuters on Friday. "We are taking a break and will be back next year," the statement reads.');
    expect(recordWith(ex, 'taking a break').outlet).toBe('Reuters');
  });
  it('a passage the article quotes from a medium\'s report, up to the narrator\'s own words', () => {
    const ex = run('The Financial Times reported that the company was in talks to sell its shipping arm.\n\n' +
      'There are a few more details in the article:\n\n' +
      'The buyers visited the port twice in May, says a person close to the talks.\n\n' +
      'I asked the company for comment. A company spokesman said the report was speculation.');
    expect(recordWith(ex, 'visited the port').outlet).toBe('Financial Times');
    expect(recordWith(ex, 'speculation').outlet).toBeNull();
  });
  it('"S wrote" after emails a medium obtained', () => {
    const ex = run('The launch was delayed by a software fault, according to internal emails obtained by BuzzFeed News. ' +
      'In a message to engineers, project manager Anna Berg wrote that the fix would take weeks.');
    expect(recordWith(ex, 'fix would take').outlet).toBe('BuzzFeed News');
  });
});

describe('a speaker who speaks on their own keeps no medium', () => {
  it('a person who told a medium something earlier and then simply says more', () => {
    const ex = run('The mayor told Reuters that the bridge would reopen in May. On Tuesday the mayor said the repairs had cost $2 million. ' +
      'He said the contractor had been paid.');
    expect(recordWith(ex, 'bridge').outlet).toBe('Reuters');
    expect(recordWith(ex, 'repairs').outlet).toBeNull();
    expect(recordWith(ex, 'contractor').outlet).toBeNull();
  });
  it('another body speaking after a medium\'s report', () => {
    const ex = run('The newspaper Le Monde reported that the plant would close. The workers\' union said it would strike on Monday.');
    expect(recordWith(ex, 'strike').outlet).toBeNull();
  });
  it('"S wrote on social media" after emails a medium obtained', () => {
    const ex = run('The launch was delayed, according to internal emails obtained by BuzzFeed News. ' +
      'The company\'s founder wrote on Twitter that the launch would go ahead.');
    expect(recordWith(ex, 'go ahead').outlet).toBeNull();
  });
});

describe('a pronoun resolved to another person carries no medium', () => {
  it('"he" after a new person took over the narration is not the one who told the medium', () => {
    const ex = run('"We will win," Jonas Ferreira, the campaign manager, told Reuters. But he added that the party was short of money. ' +
      'President Marcus Hale opened his campaign on Sunday, attacking the opposition. He threatened to expel the envoy and said the opposition had cheated.');
    expect(recordWith(ex, 'short of money')).toMatchObject({ outlet: 'Reuters' });
    expect(recordWith(ex, 'had cheated')).toMatchObject({ outlet: null, speaker: 'Marcus Hale' });
  });
});
