// Issue 6, how hidden passages look (src/shield/paint/look.ts). The look stylesheet is adopted after the
// shield's own style.css and wins where they differ, so the default (blur at strength 3) must paint
// exactly what style.css paints, or the default would change the moment the reader opens the options.
// Both stylesheets are parsed here and their declarations compared as values, not as strings.
import { readFileSync } from 'node:fs';
import { ANY_HIGHLIGHT, PAGE_HIGHLIGHT, lookCss } from '@/src/shield/paint/look';
import { HIGHLIGHT_NAME } from '@/src/shield/paint/highlight';

const STYLE_CSS = readFileSync(new URL('../../src/content/shield.css', import.meta.url), 'utf8');

/** The declarations of the first top-level rule whose selector is `selector` (whitespace aside). */
function declarations(css: string, selector: string): Map<string, string> {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const squash = (s: string) => s.replace(/\s+/g, '');
  const rule = /([^{}]+)\{([^{}]*)\}/g;
  for (let m = rule.exec(clean); m; m = rule.exec(clean)) {
    if (squash(m[1]!) !== squash(selector)) continue;
    const out = new Map<string, string>();
    for (const decl of m[2]!.split(';')) {
      const colon = decl.indexOf(':');
      if (colon < 0) continue;
      out.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
    }
    return out;
  }
  throw new Error(`No rule for ${selector}`);
}

/** A value with its numbers written one way ("0.650em" and "0.65em" alike) and single spaces. */
const canonical = (value: string) =>
  value
    .replace(/\s*!important$/, '')
    .replace(/-?\d*\.?\d+/g, (n) => String(Number(n)))
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();

/** The blur radii (em) of a text-shadow value, in order. */
const radii = (textShadow: string) => [...textShadow.matchAll(/0 0 ([\d.]+)em/g)].map((m) => Number(m[1]));

/** The alpha of a CSS colour written as #rgb, #rrggbb, #rrggbbaa, rgb() or rgba(). */
function alphaOf(colour: string): number {
  const c = colour.trim();
  if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(c)) return 1;
  if (/^#[0-9a-f]{8}$/i.test(c)) return parseInt(c.slice(7), 16) / 255;
  const m = /^rgba?\(([^)]*)\)$/i.exec(c);
  if (!m) throw new Error(`Unknown colour ${c}`);
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
  return parts.length === 4 ? Number(parts[3]) : 1;
}

const HIGHLIGHT = PAGE_HIGHLIGHT;
const PENDING = '[data-spoiler-pending],[data-spoiler-pending] *';

describe('the default look', () => {
  it('uses the highlight name style.css styles', () => {
    expect(HIGHLIGHT_NAME).toBe('spoiler-shield');
  });

  it('paints, at blur strength 3, what style.css paints for a hidden sentence', () => {
    const shipped = declarations(STYLE_CSS, HIGHLIGHT);
    const chosen = declarations(lookCss('blur', 3), HIGHLIGHT);
    for (const property of ['text-shadow', 'background-color', 'color']) {
      expect(shipped.get(property), property).toBeDefined();
      expect(canonical(chosen.get(property) ?? ''), property).toBe(canonical(shipped.get(property)!));
    }
  });

  it('paints, at blur strength 3, what style.css paints over a block still pending', () => {
    const shipped = declarations(STYLE_CSS, PENDING);
    const chosen = declarations(lookCss('blur', 3), PENDING);
    expect(canonical(chosen.get('text-shadow')!)).toBe(canonical(shipped.get('text-shadow')!));
    expect(canonical(chosen.get('color')!)).toBe(canonical(shipped.get('color')!));
  });
});

describe('the fallback without the highlight API', () => {
  const blurPx = (css: string) => Number(/filter:\s*blur\((\d+(?:\.\d+)?)px\)/.exec(css)?.[1]);

  it('blurs a hidden block as much as style.css does, at strength 3', () => {
    expect(blurPx(STYLE_CSS)).toBeGreaterThan(0);
    expect(blurPx(lookCss('blur', 3))).toBe(blurPx(STYLE_CSS));
  });

  it('blurs more with each step', () => {
    const px = [1, 2, 3, 4, 5].map((s) => blurPx(lookCss('blur', s)));
    for (let i = 1; i < px.length; i++) expect(px[i]).toBeGreaterThan(px[i - 1]!);
  });
});

describe('blur strength', () => {
  const shadows = [1, 2, 3, 4, 5].map((s) => declarations(lookCss('blur', s), HIGHLIGHT).get('text-shadow')!);

  it('draws a text-shadow with two radii at each strength', () => {
    for (const shadow of shadows) expect(radii(shadow)).toHaveLength(2);
  });

  it('grows the radii with each step from 1 to 5', () => {
    for (let i = 1; i < shadows.length; i++) {
      const [nearBefore, farBefore] = radii(shadows[i - 1]!);
      const [near, far] = radii(shadows[i]!);
      expect(near, `near radius at strength ${i + 1}`).toBeGreaterThan(nearBefore!);
      expect(far, `far radius at strength ${i + 1}`).toBeGreaterThan(farBefore!);
    }
  });

  it('keeps the block still pending as strong as a hidden sentence', () => {
    for (const s of [1, 2, 3, 4, 5]) {
      const css = lookCss('blur', s);
      expect(canonical(declarations(css, PENDING).get('text-shadow')!)).toBe(canonical(declarations(css, HIGHLIGHT).get('text-shadow')!));
    }
  });
});

describe('the bar', () => {
  const css = lookCss('bar', 3);

  it('paints an opaque colour and no text-shadow', () => {
    const d = declarations(css, HIGHLIGHT);
    expect(canonical(d.get('color')!)).toBe('transparent');
    expect(alphaOf(canonical(d.get('background-color')!))).toBe(1);
    expect(canonical(d.get('text-shadow')!)).toBe('none');
  });

  it('paints the block still pending the same way', () => {
    const d = declarations(css, PENDING);
    expect(canonical(d.get('background-color')!)).toBe(canonical(declarations(css, HIGHLIGHT).get('background-color')!));
    expect(canonical(d.get('text-shadow')!)).toBe('none');
  });

  it('does not depend on the blur strength', () => {
    for (const s of [1, 5, 0, 9]) expect(lookCss('bar', s)).toBe(css);
  });
});

describe('values out of range', () => {
  it('reads 0 as 1, 9 as 5 and 2.6 as 3', () => {
    expect(lookCss('blur', 0)).toBe(lookCss('blur', 1));
    expect(lookCss('blur', -4)).toBe(lookCss('blur', 1));
    expect(lookCss('blur', 9)).toBe(lookCss('blur', 5));
    expect(lookCss('blur', 2.6)).toBe(lookCss('blur', 3));
    expect(lookCss('blur', 2.4)).toBe(lookCss('blur', 2));
    // The control: the strengths are not all the same stylesheet.
    expect(lookCss('blur', 1)).not.toBe(lookCss('blur', 5));
  });
});

/** Every selector of a stylesheet's rules, comments and at-rule preludes aside. */
function selectors(css: string): string[] {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const m of clean.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    const prelude = m[1]!.trim();
    if (prelude.startsWith('@') || /^(from|to|\d+%)$/.test(prelude)) continue;
    out.push(...prelude.split(',').map((s) => s.trim()));
  }
  return out;
}

describe('what adopting the sheets costs a page', () => {
  // A rule that could match an element with no mark of the shield's (a bare ::highlight(), a universal
  // selector) makes the browser style every element of the page again when the sheet is adopted. A rule
  // that needs one of the shield's attributes restyles nothing on a page that has none yet.
  const sheets = { 'shield.css': STYLE_CSS, 'blur look': lookCss('blur', 4), 'bar look': lookCss('bar', 3) };
  for (const [name, css] of Object.entries(sheets)) {
    it(`needs one of the shield's attributes in every selector of ${name}`, () => {
      const all = selectors(css);
      expect(all.length).toBeGreaterThan(3);
      for (const selector of all) expect(selector, selector).toMatch(/\[data-spoiler-/);
    });
  }

  it('paints the highlight anywhere on the previews, which mark no block', () => {
    expect(selectors(lookCss('blur', 3, ANY_HIGHLIGHT))).toContain(ANY_HIGHLIGHT);
    expect(selectors(lookCss('blur', 3))).not.toContain(ANY_HIGHLIGHT);
  });
});
