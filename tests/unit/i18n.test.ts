// Issue 6, "every word of the interface is translated": the English and Spanish messages
// (public/_locales/<lang>/messages.json) hold the same keys with the same placeholders, the
// translators fill them the way the browser does (src/i18n.ts), and the interface's own sources hold
// no words: the extension pages' HTML carries message keys only (data-i18n), and the scripts that
// put words on screen take them from the messages. The two source checkers are deliberately simple;
// each is first shown to catch what it looks for.
import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { browserTranslate, translatorFor } from '@/src/i18n';
import { enMessages, esMessages } from '../helpers/i18n';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const LANGS: Record<string, Record<string, Entry>> = { en: enMessages, es: esMessages };

/** The $NAME$ placeholders a message uses, lower case as Chrome matches them. */
const usedPlaceholders = (message: string) => new Set([...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()));
/** A message's placeholders: name → content. */
const placeholders = (e: Entry) => Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));

describe('the messages', () => {
  it('are the same keys in English and Spanish', () => {
    expect(Object.keys(esMessages).sort()).toEqual(Object.keys(enMessages).sort());
    expect(Object.keys(enMessages).length).toBeGreaterThan(0);
  });

  it('are never empty', () => {
    for (const [lang, messages] of Object.entries(LANGS)) {
      for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('have the same placeholders, filled from the same substitutions, in both languages', () => {
    for (const key of Object.keys(enMessages)) {
      const en = (enMessages as Record<string, Entry>)[key]!;
      const es = (esMessages as Record<string, Entry>)[key]!;
      expect(placeholders(es), key).toEqual(placeholders(en));
    }
  });

  it('define every placeholder they use, and use every one they define', () => {
    for (const [lang, messages] of Object.entries(LANGS)) {
      for (const [key, entry] of Object.entries(messages)) {
        const defined = new Set(Object.keys(placeholders(entry)));
        expect(usedPlaceholders(entry.message), `${lang} ${key}`).toEqual(defined);
        // A bare $1 in the message itself would bypass the placeholders.
        expect(entry.message, `${lang} ${key}`).not.toMatch(/\$\d/);
      }
    }
  });
});

describe('translatorFor', () => {
  const t = translatorFor({
    greet: { message: 'Hello $Name$, episode $N$ of $N$.', placeholders: { name: { content: '$1' }, n: { content: '$2' } } },
    swapped: { message: '$B$ before $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
    money: { message: 'It costs 5$$ ($$$AMOUNT$ in all).', placeholders: { amount: { content: '$1' } } },
    plain: { message: 'Nothing to fill.' },
  } as never);
  const tt = t as unknown as (key: string, ...subs: Array<string | number>) => string;

  it('fills placeholders from the substitutions, by number, whatever the case of their name', () => {
    expect(tt('greet', 'Ana', 3)).toBe('Hello Ana, episode 3 of 3.');
    expect(tt('swapped', 'first', 'second')).toBe('second before first');
  });

  it('writes $$ as $', () => {
    expect(tt('money', 12)).toBe('It costs 5$ ($12 in all).');
  });

  it('leaves a missing substitution empty, and a message without placeholders as it is', () => {
    expect(tt('greet', 'Ana')).toBe('Hello Ana, episode  of .');
    expect(tt('plain', 'ignored')).toBe('Nothing to fill.');
  });

  it('throws on a key it does not know', () => {
    expect(() => tt('noSuchKey')).toThrow(/noSuchKey/);
  });

  it('fills the shipped messages', () => {
    const en = translatorFor(enMessages);
    const es = translatorFor(esMessages);
    expect(en('menuHide', 3)).toBe('Hide this as a spoiler (episode 3)');
    expect(en('importField', 'settings.look', 'X')).toContain('settings.look');
    expect(es('menuHide', 3)).toContain('3');
    expect(es('menuHide', 3)).not.toBe(en('menuHide', 3));
  });
});

describe('browserTranslate', () => {
  it('passes the substitutions to getMessage as strings', () => {
    const calls: unknown[] = [];
    const t = browserTranslate({
      getMessage: (key, subs) => {
        calls.push([key, subs]);
        return `msg:${key}:${(subs ?? []).join('|')}`;
      },
    });
    expect(t('menuHide', 4)).toBe('msg:menuHide:4');
    expect(calls).toEqual([['menuHide', ['4']]]);
  });

  it('asks getMessage once for each message and substitutions, and keeps them apart', () => {
    const calls: string[] = [];
    const t = browserTranslate({
      getMessage: (key, subs) => {
        calls.push(`${key}:${(subs ?? []).join('|')}`);
        return `msg:${key}:${(subs ?? []).join('|')}`;
      },
    });
    for (let i = 0; i < 3; i++) {
      expect(t('menuHide', 4)).toBe('msg:menuHide:4');
      expect(t('menuHide', 5)).toBe('msg:menuHide:5');
      expect(t('menuSiteOff')).toBe('msg:menuSiteOff:');
    }
    expect(calls).toEqual(['menuHide:4', 'menuHide:5', 'menuSiteOff:']);
  });

  it('falls back to the key when getMessage returns nothing', () => {
    const t = browserTranslate({ getMessage: () => '' });
    expect(t('menuSiteOff')).toBe('menuSiteOff');
    expect(t('menuHide', 2)).toBe('menuHide');
  });
});

// ---- No words in the extension pages' HTML -----------------------------------------------------------

/** Attributes whose values the reader sees or hears; each needs its data-i18n-<attr>. */
const SHOWN_ATTRS = ['title', 'alt', 'aria-label', 'placeholder'];
const LETTER = /\p{L}/u;

/** What in `html` shows words that do not come from the messages: text nodes, and shown attributes. */
function wordsOutsideMessages(html: string): string[] {
  const window = new Window();
  const doc = window.document;
  doc.write(html);
  const found: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        if (LETTER.test(text) && !(child.parentElement?.closest('[data-i18n]'))) found.push(`text "${text.trim()}"`);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.localName === 'script' || el.localName === 'style') continue;
        for (const attr of SHOWN_ATTRS) {
          const value = el.getAttribute(attr);
          if (value !== null && LETTER.test(value) && !el.hasAttribute(`data-i18n-${attr}`)) found.push(`${el.localName}[${attr}="${value}"]`);
        }
        walk(el);
      }
    }
  };
  walk(doc.documentElement as unknown as Node);
  window.close();
  return found;
}

/** The message keys an HTML page names (data-i18n and data-i18n-<attr>). */
function keysIn(html: string): string[] {
  return [...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]*)"/g)].map((m) => m[1]!);
}

const PAGES = ['entrypoints/popup/index.html', 'entrypoints/options/index.html', 'entrypoints/welcome/index.html'];

describe('the extension pages’ HTML', () => {
  it('the checker finds words written into a page (its control)', () => {
    expect(wordsOutsideMessages('<html><head><title>Spoiler Shield</title></head><body><p>Hello there</p></body></html>')).toEqual([
      'text "Spoiler Shield"',
      'text "Hello there"',
    ]);
    expect(wordsOutsideMessages('<body><button aria-label="Close">×</button><span data-i18n="x"></span>: ok</body>')).toEqual([
      'button[aria-label="Close"]',
      'text ": ok"',
    ]);
    expect(wordsOutsideMessages('<html><head><title data-i18n="extName"></title></head><body><p data-i18n="a"></p><img alt=""> – 1 ·</body></html>')).toEqual([]);
  });

  for (const page of PAGES) {
    it(`${page} holds no words of its own`, () => {
      expect(wordsOutsideMessages(read(page))).toEqual([]);
    });

    it(`${page} names only message keys that exist`, () => {
      const keys = keysIn(read(page));
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(Object.keys(enMessages), key).toContain(key);
    });
  }
});

// ---- No English phrases in the interface's scripts ------------------------------------------------------

/** String literals in `source`, comments left out, and import/export paths left out. */
function stringLiterals(source: string): string[] {
  const out: string[] = [];
  // One pass over the source, so that quotes inside comments and comment markers inside strings are told apart.
  const token = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|(['"`])((?:\\[\s\S]|(?!\1)[^\\])*)\1/g;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    if (!m[1]) continue; // a comment
    const before = source.slice(Math.max(0, m.index - 40), m.index);
    if (/(\bfrom|\bimport)\s*\(?\s*$/.test(before)) continue; // an import or export path
    out.push(m[2]!);
  }
  return out;
}

/** Two or more space-separated words, the first with a capital: how an English UI phrase reads. */
const PHRASE = /(?<![\p{L}\p{N}_$.-])\p{Lu}\p{Ll}+(?: +\p{L}+)+/u;
const englishPhrases = (source: string) => stringLiterals(source).filter((s) => PHRASE.test(s));

/** The scripts that show words to the reader: every file of these folders, and these files. */
const scriptsIn = (dir: string) => readdirSync(new URL(dir, ROOT)).filter((f) => f.endsWith('.ts')).map((f) => `${dir}${f}`);
const SCRIPTS = [
  ...scriptsIn('src/popup/'),
  ...scriptsIn('src/options/'),
  ...scriptsIn('src/welcome/'),
  ...scriptsIn('src/ui/'),
  ...scriptsIn('src/shield/reveal/'),
  ...scriptsIn('src/content/'),
  'src/shield/paint/labels.ts',
  'src/shield/paint/spoiler-label.ts',
  'src/background-main.ts',
];

describe('the interface’s scripts', () => {
  it('the checker finds an English phrase in a string literal, not in comments or import paths (its control)', () => {
    const sample = [
      `import x from './Some Folder/thing';`,
      `// "Reveal all" is the button`,
      `/* 'Hide again' later */`,
      `const a = t('revealAll');`,
      `el.textContent = 'Reveal all';`,
      `title: "Not a spoiler",`,
      'const b = `Hidden because ${why}`;',
      `const c = 'Ok';`,
      `const d = 'aria-label';`,
      `const e = "it's // not a comment";`,
    ].join('\n');
    expect(englishPhrases(sample)).toEqual(['Reveal all', 'Not a spoiler', 'Hidden because ${why}']);
  });

  it('reads each file to its end (the last string literals of each are found)', () => {
    const last: Record<string, string[]> = {
      'src/popup/popup.ts': ['open-options'],
      'src/popup/controls.ts': ['global-enabled', 'cannotRun'],
      'src/popup/page-state.ts': ['hide-again', 'hidden-count'],
      'src/popup/status.ts': ['save', 'errorSave'],
      'src/popup/tab.ts': ['tabId', 'get-status'],
      'src/popup/text.ts': ['hiddenOne', 'hiddenMany'],
      'src/options/options.ts': ['status', 'errorRead'],
      'src/options/page.ts': ['saved', 'errorSave'],
      'src/options/progress.ts': ['shows', 'global-enabled'],
      'src/options/sites.ts': ['sites-empty', 'optSiteRemoved'],
      'src/options/look.ts': ['highlights', 'aria-hidden'],
      'src/options/reveal-mode.ts': ['input[name="reveal"]', 'reveal-${s.revealMode}'],
      'src/options/own-plot-points.ts': ['keywords-empty', 'ownPlotPointOf'],
      'src/welcome/welcome.ts': ['done', 'true'],
      'src/ui/follow-list.ts': ['li', 'change'],
      'src/options/list.ts': ['removeNamed', 'click'],
      'src/options/backup.ts': ['1 MB', 'importField'],
      'src/options/reset.ts': ['reset-yes', 'optResetDone'],
      'src/shield/reveal/hint-card.ts': ['primary', 'click'],
      'src/shield/reveal/reveal.ts': ['notSpoiler', 'hideAgain'],
      'src/shield/paint/spoiler-label.ts': ['hintTitle', 'neutralTitle'],
      'src/background-main.ts': ['get-status', 'loading'],
    };
    expect(SCRIPTS).toEqual(expect.arrayContaining(Object.keys(last)));
    for (const [file, literals] of Object.entries(last)) {
      const found = stringLiterals(read(file));
      for (const literal of literals) expect(found, file).toContain(literal);
    }
  });

  for (const file of SCRIPTS) {
    it(`${file} writes no English phrase of its own`, () => {
      expect(englishPhrases(read(file))).toEqual([]);
    });
  }
});
