import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// 'S said C, and blamed X', 'S told M "C" and said ...': a second predicate of the speaker after a comma or a
// closing quotation mark is not part of C. Sentences written for this file.
describe('a second predicate of the speaker after the content', () => {
  it('ends the content before ", and blamed" or a quotation\'s "and said"', () => {
    expect(recordWith(run('The group said that it will release a video of the killing, and blamed the killing on the two governments.'), 'video').claim).toBe('it will release a video of the killing');
    const ex = run('The premier told the Daily Star "it is correct that there was an attempt" and said the country would never allow it.');
    expect(recordWith(ex, 'attempt').claim).toBe('it is correct that there was an attempt');
    expect(recordWith(ex, 'never allow').cue).toBe('said');
    expect(recordWith(run('The club said these claims "are completely false", and expect the rumours to continue.'), 'false').claim).toBe('these claims "are completely false"');
  });

  it('keeps a coordinated verb of the content without a comma, and a second that-clause', () => {
    expect(recordWith(run('Officials said the rebels attacked the town and threatened the mayor.'), 'rebels').claim).toBe('the rebels attacked the town and threatened the mayor');
    expect(recordWith(run('The minister said the army had attacked the town, and that it would return.'), 'army').claim).toBe('the army had attacked the town, and that it would return');
  });
});
