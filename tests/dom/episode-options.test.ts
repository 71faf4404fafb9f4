// @vitest-environment happy-dom
// Issue 16, "never spoil": the "Watched up to" menu names an episode's title only once the reader has
// watched that episode; the others are "Episode N".
import { episodeOptions, showEpisodeOptions } from '@/src/popup/text';
import { tEn } from '../helpers/i18n';

const SHOW = {
  episodes: [
    { number: 1, title: 'Change of Plans' },
    { number: 2 },
    { number: 3, title: 'Third Title' },
  ],
};

describe('the episode menu', () => {
  it('names no title past the progress', () => {
    expect(episodeOptions(SHOW, tEn, 0).map((o) => o.text)).toEqual(['Nothing yet', 'Episode 1', 'Episode 2', 'Episode 3']);
    const at1 = episodeOptions(SHOW, tEn, 1).map((o) => o.text);
    expect(at1[1]).toContain('Change of Plans');
    expect(at1.slice(2)).toEqual(['Episode 2', 'Episode 3']);
    expect(episodeOptions(SHOW, tEn, 3).map((o) => o.text)[3]).toContain('Third Title');
  });

  it('renames the options in place when progress changes, keeping the choice', () => {
    const select = document.createElement('select');
    showEpisodeOptions(select, SHOW, tEn, 0);
    select.value = '3';
    expect([...select.options].map((o) => o.text)).toEqual(['Nothing yet', 'Episode 1', 'Episode 2', 'Episode 3']);
    const first = select.options[1];
    showEpisodeOptions(select, SHOW, tEn, 3);
    expect(select.options[1]).toBe(first);
    expect(select.value).toBe('3');
    expect(select.options[3]!.text).toContain('Third Title');
    // Without "Nothing yet" (the episode of one of the reader's own plot points).
    const own = document.createElement('select');
    showEpisodeOptions(own, SHOW, tEn, 1, false);
    expect([...own.options].map((o) => o.value)).toEqual(['1', '2', '3']);
  });
});
