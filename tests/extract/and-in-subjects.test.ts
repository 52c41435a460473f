// "and" in the words before a cue: inside a name it joins ("the Department of Health and Human
// Services said"), after a finished clause it opens a new subject ("Israel bombed Gaza and Hamas
// said"). Long subjects were cut at every "and", short ones at none.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"and" inside an organisation name', () => {
  it('keeps the whole name as the speaker', () => {
    expect(recordWith(run('Officials at the US Centers for Disease Control and Prevention said the risk to the public was low.'), 'risk')?.speaker).toBe('Officials at the US Centers for Disease Control and Prevention');
    expect(recordWith(run('A spokesman for the Department of Health and Human Services said the rule would take effect in May.'), 'rule')?.speaker).toContain('Department of Health and Human Services');
    expect(recordWith(run('Researchers at the London School of Hygiene and Tropical Medicine said the results were encouraging.'), 'results')?.speaker).toBe('Researchers at the London School of Hygiene and Tropical Medicine');
  });
  it('still takes the new subject after a clause in a long segment', () => {
    expect(recordWith(run('Troops loyal to the government recaptured the town of Al-Qasr overnight and the Defence Ministry said the fighting was over.'), 'fighting')?.speaker).toBe('the Defence Ministry');
  });
});

describe('"and" after a finished clause in a short segment', () => {
  it('opens a new subject', () => {
    expect(recordWith(run('Israel bombed Gaza and Hamas said 40 people were killed.'), 'killed')?.speaker).toBe('Hamas');
    expect(recordWith(run('Police arrested two men and the Interior Ministry said more arrests were likely.'), 'arrests')?.speaker).toBe('the Interior Ministry');
  });
  it('two coordinated names are still one subject', () => {
    expect(recordWith(run('Officials from Hamas and Fatah said the talks had ended.'), 'talks')?.speaker).toBe('Officials from Hamas and Fatah');
    expect(recordWith(run('The man who founded Apple and Pixar said the deal was fair.'), 'deal')?.speaker).not.toBe('Pixar');
  });
});
