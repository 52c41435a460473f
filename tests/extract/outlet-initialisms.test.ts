// An outlet named in full earlier and then by its initials ("the SMH" after "The Sydney Morning Herald",
// "KH" after "the Korea Herald"), as subject, object of "told" or complement of "according to", even
// when the gazetteer lists no such alias.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('initials of an outlet named before', () => {
  it('after "according to", as the object of "told", as the subject', () => {
    expect(recordWith(run('The Sydney Morning Herald reported the closure. According to the SMH, forty jobs would go.'), 'forty')).toMatchObject({ outlet: 'The Sydney Morning Herald', speaker: null });
    expect(recordWith(run('The Korea Herald said the summit was cancelled. A diplomat told the KH that talks would resume.'), 'resume')).toMatchObject({ outlet: 'The Korea Herald', speaker: 'A diplomat' });
    expect(recordWith(run('The Korea Herald said the summit was cancelled. The KH also reported that talks would resume in May.'), 'resume').outlet).toBe('The Korea Herald');
  });
  it('initials that no outlet named before has are left as they are', () => {
    expect(recordWith(run('The Korea Herald said the summit was cancelled. The UN said that aid was blocked.'), 'aid').outlet).toBeNull();
  });
});
