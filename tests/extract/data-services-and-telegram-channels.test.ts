// Tracking and monitoring services report figures, not news ("the ship tracking website VesselFinder said",
// "according to MyShipTracking.com", "according to Flightradar24"): the phrase speaks, with no outlet. A medium's own
// channel on Telegram is that medium ("the Mash Telegram channel wrote"); the platform alone is none ("said on the
// Telegram channel that C"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('data services', () => {
  it('by description or name', () => {
    expect(rows('The tanker was bound for Rotterdam, the ship tracking website VesselFinder said.'))
      .toEqual([[null, 'the ship tracking website VesselFinder', 'The tanker was bound for Rotterdam']]);
    expect(rows('The tanker was bound for Mumbai, according to MyShipTracking.com.')).toEqual([[null, 'MyShipTracking.com', 'The tanker was bound for Mumbai']]);
    expect(rows('The jet landed in Doha, according to Flightradar24.')).toEqual([[null, 'Flightradar24', 'The jet landed in Doha']]);
  });
  it('a news site by its address stays a medium', () => {
    expect(rows('The jet landed in Doha, Gulfnews.com reported.').map((r) => r[0])).toEqual(['Gulf News']);
  });
});

describe('Telegram channels', () => {
  it('a listed medium\'s channel', () => {
    const text = 'Drones struck a depot overnight, the Mash Telegram channel wrote. Air defences were active, Mash wrote.';
    expect(run(text).attributions.map((a) => a.outlet)).toEqual(['Mash', 'Mash']);
  });
  it('the platform itself', () => {
    expect(rows('The group said on the Telegram channel that it had struck a depot.')).toEqual([[null, 'The group', 'it had struck a depot']]);
  });
});
