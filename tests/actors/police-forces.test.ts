// Police forces under their reference names ("the Metropolitan Police" -> Metropolitan Police Service,
// "the Mounties" -> Royal Canadian Mounted Police); a longer name that starts with a known one keeps what
// is written ("the Lakeview Metropolitan Police Department").
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('police forces', () => {
  it('are named as reference works name them', () => {
    expect(all('The Metropolitan Police said the leaks could hamper its inquiry.')).toEqual(['Metropolitan Police Service']);
    expect(all('The Mounties are looking for an email chain between the two offices.')).toEqual(['Royal Canadian Mounted Police']);
  });

  it('keep a longer written name that starts with a known one', () => {
    expect(all('Officers of the Metropolitan Police Department arrested him on Tuesday.')).toEqual(['Metropolitan Police Department']);
  });
});
