// "X accused Y of Z": the accusation (Y and the charge) is X's claim. The charge is a noun or gerund
// phrase: it ends at a comma (one closing a quotation too) or before a temporal adjunct ("after S was
// sworn in", "during ...", "when S was ..."). After a main clause that reports nothing, "..., accusing Y
// of Z" is the sentence subject's accusation.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('the extent of the charge', () => {
  it('ends at the comma that closes a relative clause', () => {
    expect(recordWith(run('His party, which has accused the government of cheating in past elections, fears it will rig the vote.'), 'cheating')).toMatchObject({ speaker: 'His party', claim: 'the government of cheating in past elections' });
  });
  it('ends before a temporal adjunct of the accusing', () => {
    expect(recordWith(run('Each side accused the other of ballot-rigging after the president was sworn in on Sunday.'), 'rigging').claim).toBe('the other of ballot-rigging');
    expect(recordWith(run('The singer blamed her label for the delay when the album was postponed in May.'), 'delay').claim).toBe('her label for the delay');
    expect(recordWith(run('He accused her of dating a rival player during the reunion show, which aired in January.'), 'dating').claim).toBe('her of dating a rival player');
  });
  it('a quotation closing on its comma ends it; a comma inside a quotation does not', () => {
    expect(recordWith(run('The ministry denied launching any strikes, accusing the militia of an "informational provocation," with the security service charging its leader.'), 'provocation').claim).toBe('the militia of an "informational provocation,"');
    expect(recordWith(run('The union accused the airline of "lying, cheating and stealing" for years.'), 'lying').claim).toContain('stealing');
  });
  it('runs to the end when nothing stops it', () => {
    expect(recordWith(run('Tehran accuses Israel of lobbying against the deal.'), 'lobbying').claim).toBe('Israel of lobbying against the deal');
    expect(recordWith(run('The leader, in power since 1980, accuses the West of backing the opposition to punish him for seizing farms since 2000.'), 'West').claim).toContain('since 2000');
  });
});

describe('a participle after a main clause that reports nothing', () => {
  it('the subject of the main clause accuses', () => {
    expect(recordWith(run('The ruler opened his campaign on Sunday, accusing the United States of interference and the opposition of training youths.'), 'interference'))
      .toMatchObject({ speaker: 'The ruler', cue: 'accusing', claim: 'the United States of interference and the opposition of training youths' });
  });
  it('after a statement, the participle still continues it', () => {
    const ex = run('The ministry denied launching any strikes, accusing the militia of lying.');
    expect(recordWith(ex, 'militia')).toMatchObject({ speaker: 'The ministry' });
    expect(recordWith(ex, 'strikes')).toMatchObject({ cue: 'denied' });
  });
});

describe('a description that speaks, then "he"', () => {
  it('"he" after "The 84-year-old ruler ..., accusing" is the person the description refers to', () => {
    const ex = run('President Marcus Hale will respect the vote, an aide told Reuters. Jonas Ferreira, a government minister, said that Hale was confident. ' +
      'The 84-year-old ruler kicked off his campaign on Sunday, accusing the opposition of fraud. He said the envoy had behaved badly.');
    expect(recordWith(ex, 'envoy')).toMatchObject({ speaker: 'Marcus Hale', outlet: null });
  });
});
