// Issue 6, the options page's pure helpers (src/options/sites.ts, backup.ts): `siteFromInput` turns what the
// reader types into the "Sites where the shield is off" box into a site key (a hostname, lower case,
// "www." folded, IDN as punycode) or refuses it; `importProblemText` puts an import problem into
// words. The options page imports webextension-polyfill, which in vitest (WxtVitest) is WXT's fakeBrowser
// (see the top of tests/unit/background.test.ts); neither helper touches it.
import { importProblemText } from '@/src/options/backup';
import { siteFromInput } from '@/src/options/sites';
import { IMPORT_MAX_BYTES, parseSettingsFile, type ImportProblem } from '@/src/settings';
import { tEn, tEs } from '../helpers/i18n';

describe('siteFromInput', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/path?q', 'example.com'],
    ['  https://WWW.Example.com:8443/a#b  ', 'example.com'],
    ['http://localhost:8080', 'localhost'],
    ['localhost', 'localhost'],
    ['sub.news.example.', 'sub.news.example'],
    ['news.example/some/page', 'news.example'],
  ])('reads %j as %j', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
  });

  it('writes an international name in punycode', () => {
    expect(siteFromInput('bücher.example')).toBe('xn--bcher-kva.example');
    expect(siteFromInput('https://www.BÜCHER.example/x')).toBe('xn--bcher-kva.example');
  });

  it.each(['not a site', '', '   ', 'http://', 'exa mple.com', 'https://exa mple.com', 'http://a_b.example', '%%%'])('refuses %j', (input) => {
    expect(siteFromInput(input)).toBeUndefined();
  });
});

describe('importProblemText', () => {
  it('names the field and what is wrong with it', () => {
    const problem: ImportProblem = { field: 'settings.look', problem: 'problemLook' };
    expect(importProblemText(problem, tEn)).toBe('In the file, “settings.look” must be “blur” or “bar”.');
  });

  it('says what is wrong with the file as a whole when there is no field', () => {
    expect(importProblemText({ problem: 'problemObject' }, tEn)).toBe('must be an object');
  });

  it('says the file is not JSON, with the parser’s words', () => {
    expect(importProblemText({ problem: 'importNotJson', detail: 'Unexpected end of JSON input' }, tEn)).toBe(
      'The file is not JSON (Unexpected end of JSON input).',
    );
  });

  it('says the file is too large, with the limit', () => {
    expect(IMPORT_MAX_BYTES).toBe(1_000_000);
    expect(importProblemText({ problem: 'importTooLarge' }, tEn)).toBe('The file is larger than 1 MB.');
  });

  it('words what parseSettingsFile reports for real bad files', () => {
    const notJson = parseSettingsFile('{"format":');
    expect(notJson.ok).toBe(false);
    expect(importProblemText(notJson as ImportProblem, tEn)).toMatch(/^The file is not JSON \(.+\)\.$/);

    const tooLarge = parseSettingsFile(' '.repeat(IMPORT_MAX_BYTES + 1));
    expect(importProblemText(tooLarge as ImportProblem, tEn)).toBe('The file is larger than 1 MB.');

    const wrongFormat = parseSettingsFile(JSON.stringify({ format: 'something-else', version: 3, settings: {} }));
    expect(importProblemText(wrongFormat as ImportProblem, tEn)).toBe(
      'In the file, “format” must be “spoiler-shield-settings” (this is not a Spoiler Shield settings file).',
    );
  });

  it('words the same problems in Spanish', () => {
    const field = importProblemText({ field: 'settings.look', problem: 'problemLook' }, tEs);
    expect(field).toContain('settings.look');
    expect(field).toBe(tEs('importField', 'settings.look', tEs('problemLook')));
    expect(field).not.toBe(importProblemText({ field: 'settings.look', problem: 'problemLook' }, tEn));
    expect(importProblemText({ problem: 'importTooLarge' }, tEs)).toContain('1 MB');
    expect(importProblemText({ problem: 'importNotJson', detail: 'boom' }, tEs)).toContain('boom');
  });
});
