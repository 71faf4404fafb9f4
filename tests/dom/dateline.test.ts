// @vitest-environment happy-dom
// A dateline ("Publicado el 16 de febrero de 2025 · 1 h 12 min") is the page's, not the story of the episode it covers.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { installFakeHighlights } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

// No ids on the paragraphs: a paragraph with an id of its own may be a comment.
const PAGE = (dateline: string) => `
  <div class="top"><div class="brand">Charla de Sofá</div><a href="#">Episodios</a></div>
  <div class="wrap">
    <h1>Ep. 87 — Celda 211: el rey ha muerto (análisis del final)</h1>
    <p>${dateline}</p>
    <p>Hablamos de la última noche en el penal, de la camilla que sale por la puerta y de quién se queda con el patio.</p>
  </div>`;

describe("a page's dateline", () => {
  for (const dateline of ['Publicado el 16 de febrero de 2025 · 1 h 12 min · Temporada 4 del podcast', 'Updated on February 16, 2025 · 72 min · Season 4 of the podcast']) {
    it(`is not the story of the episode its page covers: ${dateline}`, async () => {
      document.title = 'Ep. 87 — Celda 211: el rey ha muerto (análisis del final) | Charla de Sofá, el podcast';
      shield = await startShield(PAGE(dateline), 2);
      const [date, story] = [...document.querySelectorAll('.wrap > p')];
      expect([story!.getAttribute('data-spoiler-shield'), story!.getAttribute('data-spoiler-episode')]).toEqual(['hidden', '6']);
      expect(date!.getAttribute('data-spoiler-shield')).toBeNull();
    });
  }
});
