// "said in a statement on its Telegram channel": a platform account after a setting carries no
// medium (the platform was read as the outlet), while "in an interview with CNN" still does.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a setting on a platform account', () => {
  it('gives no outlet', () => {
    expect(recordWith(run('At least 30 people were killed, the health ministry said in a statement on its Telegram channel.'), 'killed')).toMatchObject({ outlet: null, speaker: 'the health ministry' });
    expect(recordWith(run('The bridge was hit twice, the governor said in a post on his Facebook page.'), 'bridge')?.outlet).toBeNull();
  });
  it('a medium after the setting is still the outlet', () => {
    expect(recordWith(run('The bridge was hit twice, the governor said in an interview with CNN.'), 'bridge')?.outlet).toBe('CNN');
  });
});
