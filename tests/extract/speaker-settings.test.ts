// A speaker's setting after "told <audience>" ("at a rally in Paris on Monday") still closes the
// frame; a number with a thousands comma inside a relative clause on the speaker is no boundary.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a setting after the audience told', () => {
  it('"C, S told supporters at a rally in Paris on Monday."', () => {
    expect(recordWith(run("The strike would continue, the union's leader told supporters at a rally in Paris on Monday."), 'strike')).toMatchObject({ speaker: "the union's leader", claim: 'The strike would continue' });
    expect(recordWith(run('The border would reopen, the governor told reporters at a ceremony.'), 'border').speaker).toBe('the governor');
  });
});

describe('a thousands comma inside the speaker phrase', () => {
  it('"Roe, whose union represents 40,000 workers, said C"', () => {
    expect(recordWith(run('Roe, whose union represents 40,000 workers, said the strike would continue.'), 'strike').speaker).toBe('Roe');
  });
});
