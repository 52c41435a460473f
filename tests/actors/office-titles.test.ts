// Offices before a name are titles, not part of it ("Treasurer X", "Sheriff X", "Ombudsman X").
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const names = (text: string) => createActorResolver(text).mentions().map((m) => m.canonical);

describe('an office before a name', () => {
  it('is no part of the name', () => {
    expect(names('Treasurer Mara Quill said the budget would balance.')).toEqual(['Mara Quill']);
    expect(names('Sheriff Dale Pruitt said deputies had found the car.')).toEqual(['Dale Pruitt']);
    expect(names('Ombudsman Ilse Varga said the complaint was upheld.')).toEqual(['Ilse Varga']);
  });

  it('makes the speaker a person', () => {
    const r = createActorResolver('Comptroller Noel Brandt said the audit was late.');
    expect(r.canonicalSpeaker('Comptroller Noel Brandt')).toBe('Noel Brandt');
    expect(r.kindOf('Noel Brandt')).toBe('person');
  });
});
