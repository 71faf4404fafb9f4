import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetNotSpoilers, notSpoilerExcerpt, NOT_SPOILER_EXCERPT_MAX, readNotSpoilerList, readSettings, rememberNotSpoiler, resetSettings } from '@/src/settings';
import { isFromContent } from '@/src/messages';

beforeEach(() => fakeBrowser.reset());

const K1 = '0123456789abcdef';
const K2 = 'fedcba9876543210';

describe('the "Not a spoiler" list', () => {
  it('keeps the first words of each passage, cut after a word', () => {
    expect(notSpoilerExcerpt('  Juan   kills\nCarajo. ')).toBe('Juan kills Carajo.');
    const long = 'word '.repeat(40);
    const cut = notSpoilerExcerpt(long);
    expect(cut.length).toBeLessThanOrEqual(NOT_SPOILER_EXCERPT_MAX + 1);
    expect(cut.endsWith('word…')).toBe(true);
  });

  it('lists passages per site, newest first, with their words ("" for ones marked before words were kept)', async () => {
    await fakeBrowser.storage.local.set({ notSpoilers: { 'old.example': [K1] } });
    await rememberNotSpoiler('www.news.example', K1, 'First passage.');
    await rememberNotSpoiler('news.example', K2, 'Second passage.');
    expect(await readNotSpoilerList()).toEqual([
      { site: 'news.example', passages: [{ key: K2, excerpt: 'Second passage.' }, { key: K1, excerpt: 'First passage.' }] },
      { site: 'old.example', passages: [{ key: K1, excerpt: '' }] },
    ]);
  });

  it('undoes one passage, or all of a site’s, and forgets their words with them', async () => {
    await rememberNotSpoiler('news.example', K1, 'First passage.');
    await rememberNotSpoiler('news.example', K2, 'Second passage.');
    await rememberNotSpoiler('other.example', K1, 'Elsewhere.');
    await forgetNotSpoilers('news.example', K1);
    expect((await readSettings()).notSpoilers).toEqual({ 'news.example': [K2], 'other.example': [K1] });
    expect(await fakeBrowser.storage.local.get('notSpoilerExcerpts')).toEqual({
      notSpoilerExcerpts: { 'news.example': { [K2]: 'Second passage.' }, 'other.example': { [K1]: 'Elsewhere.' } },
    });
    await forgetNotSpoilers('news.example');
    expect((await readSettings()).notSpoilers).toEqual({ 'other.example': [K1] });
    expect(await readNotSpoilerList()).toEqual([{ site: 'other.example', passages: [{ key: K1, excerpt: 'Elsewhere.' }] }]);
  });

  it('forgets the passages\' words on "Reset everything"', async () => {
    await rememberNotSpoiler('news.example', K1, 'First passage.');
    await resetSettings();
    expect(await fakeBrowser.storage.local.get('notSpoilerExcerpts')).toEqual({ notSpoilerExcerpts: {} });
    expect(await readNotSpoilerList()).toEqual([]);
  });

  it('accepts a not-spoiler message with an excerpt of a sane length only', () => {
    expect(isFromContent({ type: 'not-spoiler', key: K1, excerpt: 'Some words.' })).toBe(true);
    expect(isFromContent({ type: 'not-spoiler', key: K1 })).toBe(true);
    expect(isFromContent({ type: 'not-spoiler', key: K1, excerpt: 7 })).toBe(false);
    expect(isFromContent({ type: 'not-spoiler', key: K1, excerpt: 'x'.repeat(5000) })).toBe(false);
  });
});
