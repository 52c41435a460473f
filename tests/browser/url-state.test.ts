// The URL holds the view: filters, selection, camera and mode survive a round trip; junk is ignored.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatViewState, parseViewState } from '../../client/src/core/state/url-state.js';
import { emptyViewState, filterQuery, type ViewState } from '../../client/src/core/state/view-state.js';

describe('URL view state', () => {
  it('round-trips a full state', () => {
    const state: ViewState = {
      outlets: ['outlet:reuters', 'outlet:agence-france-presse'],
      actors: ['actor:qatar'],
      kinds: ['claim', 'actor', 'outlet'],
      from: '2024-01-02',
      to: '2024-03-04',
      selected: 'claim:abc123',
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      mode: 'list',
    };
    const qs = formatViewState(state);
    expect(qs).toContain('cam=0.25,0.75,0.5');
    expect(parseViewState(`?${qs}`)).toEqual(state);
  });

  it('round-trips arbitrary keys, including characters that need escaping', () => {
    const key = fc.string({ minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 4 }), fc.uniqueArray(key, { maxLength: 3 }), fc.option(key, { nil: null }), (outlets, actors, selected) => {
        const state = { ...emptyViewState(), outlets, actors, selected };
        expect(parseViewState(formatViewState(state))).toEqual(state);
      }),
    );
  });

  it('ignores malformed values instead of failing', () => {
    const state = parseViewState('?kind=claim&kind=bogus&from=yesterday&to=2024-13&cam=1,2&view=nope&outlet=');
    expect(state.kinds).toEqual(['claim']);
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.mode).toBe('graph');
    expect(state.outlets).toEqual([]);
  });

  it('asks the API for articles only when the article kind is shown', () => {
    const withArticles = filterQuery({ ...emptyViewState(), kinds: ['claim', 'article'] });
    expect(withArticles.get('articles')).toBe('1');
    expect(withArticles.getAll('kind')).toEqual(['claim', 'article']);
    expect(filterQuery(emptyViewState()).toString()).toBe('');
  });
});
