import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "Police arrested a man who said C": the speaker is the antecedent of "who", not the clause that
// ends with it. Sentences written for this file.
describe('a clause ending in the antecedent of "who said"', () => {
  it('gives the antecedent as the speaker', () => {
    expect(recordWith(run('Police arrested a man who said that he had planted the bomb.'), 'planted the bomb').speaker).toBe('a man');
    expect(recordWith(run('The agency evacuated in 2019 a senior local official who confirmed that the mine was unsafe.'), 'mine was unsafe').speaker).toBe('a senior local official');
  });

  it('a subject with its own relative clause stays whole', () => {
    expect(recordWith(run('A witness who saw the crash said the car was speeding.'), 'car was speeding').speaker).toBe('A witness who saw the crash');
  });
});
