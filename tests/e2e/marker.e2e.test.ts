// The marker (issue 16, point 2): a hidden passage says, without being pointed at, that it is the
// shield's and from which episode, and reads on a light page and on a dark one; nothing on the page
// moves for it. Two pages of the test's own, the same review in dark ink on white and in light ink
// on near-black, at "Nothing yet". Colours are read from the computed style of the marker (the
// block's ::before badge and its outline) and of the page, and their contrast is computed as WCAG
// does; a screenshot of the badge's corner shows that it is painted. Also saves
// docs/screenshots/marker-light.png and marker-dark.png for the README.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetSettings, useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE, tabIdOf, waitForShieldIdle } from './harness';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } }; tabs: { sendMessage(id: number, m: object): Promise<unknown> } };

const screenshot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

/** One review, in two inks. Every passage is our own text about the show. */
function review(ink: string, paper: string, accent: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prison Cell 211, episode by episode | Night Desk</title>
<style>body { margin: 0; background: ${paper}; color: ${ink}; font: 17px/1.6 Georgia, "DejaVu Serif", serif; }
main { max-width: 640px; margin: 0 auto; padding: 20px 24px; } h1 { font-size: 28px; line-height: 1.2; }
.note { color: ${accent}; font: 14px Arial, "DejaVu Sans", sans-serif; }</style></head>
<body><main>
<h1>Prison Cell 211: the season, one episode at a time</h1>
<p class="note" id="note">Our running notes on the Netflix series. Diego Calva plays Juan Olivera, a lawyer caught inside a riot.</p>
<p id="ep2">Helena sees Juan on the news when he fronts Calancho's video message to the media.</p>
<p id="mixed">Diego Calva carries the third hour with very little dialogue. Juan kills Carajo and hides the body.</p>
<p id="ep5">Helena dies, and the baby with her.</p>
<p id="ep6">In the finale Juan kills Calancho and stays behind as the new ringleader.</p>
<p id="after">Whatever you make of the ending, the cast is worth your evening.</p>
</main></body></html>`;
}

const PAGES = {
  light: { path: 'marker-light.html', html: review('#1d1d1f', '#ffffff', '#555555') },
  dark: { path: 'marker-dark.html', html: review('#e8e6e3', '#121212', '#a8a8a8') },
} as const;

/** A fan site's table of fates in tight rows (no padding, no spacing): a readable row sits right above a hidden one. */
const TABLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prison Cell 211: who is who | Cast Ledger</title>
<style>body { margin: 0; font: 14px/16px Arial, "DejaVu Sans", sans-serif; } table { border-collapse: collapse; margin: 40px 24px; }
td { padding: 0 8px 0 0; }</style></head>
<body><h1>Prison Cell 211: the people of Cereso 38</h1><table>
<tr id="r1"><td>Juan Olivera</td><td>A human-rights lawyer on a prison visit</td></tr>
<tr id="r2"><td>Helena</td><td>Juan's wife, eight months pregnant</td></tr>
<tr id="r3"><td>Calancho</td><td>Killed by Juan in the finale</td></tr>
<tr id="r4"><td>Carajo</td><td>Calancho's right hand</td></tr>
</table></body></html>`;

const ext = useExtensionBrowser({ pages: { ...Object.fromEntries(Object.values(PAGES).map((p) => [p.path, p.html])), 'marker-table.html': TABLE } });

beforeEach(async () => {
  await resetSettings(ext.serviceWorker);
  await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ watchedEpisode: { 'prison-cell-211': 0 } }));
});

/** Opens a page and waits until its passages are hidden and the shield is idle. */
async function open(page: Page, path: string): Promise<number> {
  await page.goto(`${ext.server.origin}/${path}`);
  await expect.poll(() => page.locator(HIDDEN_PASSAGE).count(), { timeout: 10_000 }).toBeGreaterThan(3);
  const tabId = await tabIdOf(page);
  await waitForShieldIdle(ext.serviceWorker, tabId);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return tabId;
}

interface Marker {
  content: string;
  position: string;
  badge: string;
  ink: string;
  outline: string;
  page: string;
  image: string;
}

/** The marker's computed colours on a block, and the page's background behind it. */
function markerOf(page: Page, id: string): Promise<Marker> {
  return page.evaluate((id) => {
    const block = document.getElementById(id)!;
    const before = getComputedStyle(block, '::before');
    return {
      content: before.content,
      position: before.position,
      badge: before.backgroundColor,
      ink: before.color,
      outline: `${getComputedStyle(block).outlineStyle} ${getComputedStyle(block).outlineColor}`,
      page: getComputedStyle(document.body).backgroundColor,
      image: before.backgroundImage,
    };
  }, id);
}

/** WCAG 2 contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every element's box on the page, to tell whether anything moved. */
function boxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.id || el.tagName} ${r.x},${r.y},${r.width},${r.height}`;
    }),
  );
}

/** Share of a screenshot's pixels close to the badge's amber (#b45309), decoded in the page's own canvas. */
async function amberShare(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = (await page.screenshot({ clip, animations: 'disabled' })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let amber = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - 0xb4) < 12 && Math.abs(px[i + 1]! - 0x53) < 12 && Math.abs(px[i + 2]! - 0x09) < 12) amber++;
    return amber / (px.length / 4);
  }, png);
}

for (const [scheme, { path }] of Object.entries(PAGES)) {
  describe(`on a ${scheme} page`, () => {
    it('marks each hidden passage with its episode, in colours that read against the page', async () => {
      await open(ext.page, path);
      const expected = { ep2: '2', mixed: '3', ep5: '5', ep6: '6' } as const;
      for (const [id, episode] of Object.entries(expected)) {
        expect(await ext.page.locator(`#${id}`).getAttribute('data-spoiler-shield'), id).toBe('hidden');
        const m = await markerOf(ext.page, id);
        // Generated content: "Ep" and the block's own data-spoiler-episode (a no-break space between).
        expect(await ext.page.locator(`#${id}`).getAttribute('data-spoiler-episode')).toBe(episode);
        expect(m.content, id).toBe(`"Ep\u00a0${episode}"`);
        expect(m.position).toBe('absolute');
        // The shield's mark is drawn, never fetched: a page's CSP would block an image and could report it.
        expect(m.image).toContain('gradient');
        expect(m.image).not.toContain('url(');
        expect(contrast(m.ink, m.badge), `${id}: badge text ${m.ink} on ${m.badge}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(m.badge, m.page), `${id}: badge ${m.badge} on the page's ${m.page}`).toBeGreaterThanOrEqual(3);
        const outline = m.outline.replace(/^dashed /, '');
        expect(m.outline.startsWith('dashed '), m.outline).toBe(true);
        expect(contrast(outline, m.page), `${id}: outline ${outline} on ${m.page}`).toBeGreaterThanOrEqual(3);
      }
      // Readable blocks carry no marker.
      for (const id of ['note', 'after']) expect((await markerOf(ext.page, id)).content, id).toBe('none');
    });

    it('paints the badge above the passage without moving anything, and takes it away on reveal', async () => {
      const tabId = await open(ext.page, path);
      const hidden = await boxes(ext.page);
      const block = (await ext.page.locator('#ep5').boundingBox())!;
      // The badge sits just above the block's top-left corner.
      const corner = { x: block.x, y: block.y - 20, width: 60, height: 20 };
      expect(await amberShare(ext.page, corner)).toBeGreaterThan(0.2);
      expect(await ext.page.evaluate(() => document.getElementById('ep5')!.textContent)).toBe('Helena dies, and the baby with her.');

      await ext.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'reveal-all' }), tabId);
      await expect.poll(() => ext.page.locator(HIDDEN_PASSAGE).count()).toBe(0);
      expect(await boxes(ext.page)).toEqual(hidden);
      expect(await amberShare(ext.page, corner)).toBe(0);
    });

    it(`saves the README screenshot of the marker on a ${scheme} page`, async () => {
      await ext.page.setViewportSize({ width: 760, height: 520 });
      await open(ext.page, path);
      const file = screenshot(`marker-${scheme}.png`);
      mkdirSync(dirname(file), { recursive: true });
      await ext.page.screenshot({ path: file });
      await ext.page.setViewportSize({ width: 1000, height: 900 });
      expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(file).size).toBeGreaterThan(5_000);
    });
  });
}

describe('in a table of tight rows', () => {
  it("keeps a hidden row's badge inside its own row, off the readable row above", async () => {
    await ext.page.goto(`${ext.server.origin}/marker-table.html`);
    await expect.poll(() => ext.page.locator('#r3').getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
    await waitForShieldIdle(ext.serviceWorker, await tabIdOf(ext.page));
    await ext.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await ext.page.locator('#r2').getAttribute('data-spoiler-shield')).toBeNull();
    const above = (await ext.page.locator('#r2').boundingBox())!;
    const row = (await ext.page.locator('#r3').boundingBox())!;
    // The badge is painted in the hidden row's own box, at its start…
    expect(await amberShare(ext.page, { x: row.x, y: row.y, width: 50, height: row.height })).toBeGreaterThan(0.2);
    // …and not over the row above, whose words stay readable (the hidden row's dashed outline, 2 px out, may touch its last pixels).
    expect(await amberShare(ext.page, { x: above.x, y: above.y, width: above.width, height: above.height - 3 })).toBe(0);
    // Nothing moved: each cell of the hidden row is in its column, as in the rows around it.
    const columns = await ext.page.evaluate(() => [...document.querySelectorAll('tr')].map((tr) => [...tr.cells].map((td) => Math.round(td.getBoundingClientRect().x)).join(',')));
    expect(new Set(columns).size, columns.join(' | ')).toBe(1);
  });
});
