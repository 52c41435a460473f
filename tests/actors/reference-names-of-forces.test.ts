// Armed forces and armed groups under the names reference works give them, whatever spelling or
// demonym the text uses: Myanmar's military is the Tatmadaw ("the Burmese army", "the military" in a
// Myanmar story), and the Somali group is Al-Shabaab however its name is transliterated.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('reference names of forces', () => {
  it("names Myanmar's military the Tatmadaw", () => {
    expect(lastSentence('Burmese soldiers crossed the border at dawn. The Burmese army later denied any incursion.')).toEqual(['Tatmadaw']);
    expect(lastSentence('Floods hit Myanmar in June. Myanmar asked for aid. The military has blocked relief convoys.')).toEqual(['Tatmadaw']);
  });

  it('names the Somali armed group Al-Shabaab in every transliteration', () => {
    expect(lastSentence('Gunmen stormed a hotel in Kismayo. The Shebab denied any role within hours.')).toEqual(['Al-Shabaab']);
    expect(lastSentence('A convoy was ambushed near the border. Officials blamed al Shabab fighters for the ambush.')).toEqual(['Al-Shabaab']);
  });
});

describe('parties and places by their reference names', () => {
  it('reads party acronyms and the official name of Kosovo', () => {
    expect(lastSentence('Polls closed at eight. Officials of the SNS said turnout was high.')).toEqual(['Serbian Progressive Party']);
    expect(lastSentence('Polls closed at eight. The CHP said the count was slow.')).toEqual(["Republican People's Party"]);
    expect(lastSentence('The talks ended on Friday. Belgrade called Kosovo and Metohija part of its territory.')).toEqual(['Serbia', 'Kosovo']);
  });
});
