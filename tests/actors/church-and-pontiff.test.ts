// "the Church" in a story about the Catholic Church is that church; "the Holy Father", "the pontiff" are the Pope the article names.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('the Church', () => {
  it('is the Catholic Church in a story about it', () => {
    const text = 'Cardinal Mario Rossi spoke in Milan on Sunday. Rossi said the Church had failed the victims of abuse.';
    expect(claimActors(text, 'the Church had failed the victims of abuse', 'Rossi')).toContain('Catholic Church');
  });

  it('is nothing in a story about no church of Rome, and never a church named in full', () => {
    expect(claimActors('A vicar said the Church would sell the hall.', 'the Church would sell the hall', 'A vicar')).toEqual([]);
    const text = 'The Pope met bishops from Kent. A bishop said the Church of England would reply.';
    expect(claimActors(text, 'the Church of England would reply', 'A bishop')).not.toContain('Catholic Church');
  });
});

describe('the Holy Father', () => {
  it('is the Pope the article names, and no name of its own', () => {
    const text = 'Pope Francis returned to Rome on Monday. A spokesman said reports on the health of the Holy Father were false.';
    expect(claimActors(text, 'reports on the health of the Holy Father were false', 'A spokesman')).toEqual(['Pope Francis']);
  });

  it('is the Pope also as "the pontiff"', () => {
    const text = 'Pope Francis returned to Rome on Monday. Aides said the pontiff would rest for a week.';
    expect(claimActors(text, 'the pontiff would rest for a week', 'Aides')).toEqual(['Pope Francis']);
  });
});
