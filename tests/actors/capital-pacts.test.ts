// A capital after a pact, deal or alliance "with" stands for its state, and so does one coordinated with it.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('capitals as parties of a pact', () => {
  it('are their states, the second of two too', () => {
    const text = 'Analysts said Canberra would build the boats under its defence pact with Washington and London.';
    expect(claimActors(text, 'Canberra would build the boats under its defence pact with Washington and London', 'Analysts')).toEqual(['Australia', 'United States', 'United Kingdom']);
  });

  it('but a town after "with" and no relation stays the town', () => {
    const text = 'Officials said the new rail line links Paris with Brussels and Amsterdam.';
    expect(claimActors(text, 'the new rail line links Paris with Brussels and Amsterdam', 'Officials')).toEqual(['Paris', 'Brussels', 'Amsterdam']);
  });
});
