// @vitest-environment happy-dom
// A line of parts with a count in it ("Mariel Ontiveros · Abogada penalista · 1.2 mil votos positivos", "2,341 viewers")
// tells who wrote or how many read: it is not the story of the episode its page covers. One that tells the story is
// still read by its own words.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { installFakeHighlights } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const PAGE = (line: string) => `
  <div class="top"><div class="brand">Pregúntalo</div><a href="#">Inicio</a></div>
  <div class="wrap">
    <h1>¿Por qué Juan se queda en el penal al final de Celda 211?</h1>
    <p>${line}</p>
    <p>Porque ya no tiene nada afuera: la camilla sale por la puerta y él se queda con el patio, como antes Calancho.</p>
  </div>`;

const state = (p: Element | undefined) => [p!.getAttribute('data-spoiler-shield'), p!.getAttribute('data-spoiler-episode')];

describe('a count line', () => {
  for (const line of [
    'Mariel Ontiveros · Abogada penalista, Chihuahua · 1.2 mil votos positivos',
    '12 respuestas · 48 mil vistas · Pregunta hecha por Anónimo',
    'slowburn_sol · Just Chatting · 2,341 viewers · Live for 1:47:12',
  ]) {
    it(`is not the story of the episode its page covers: ${line}`, async () => {
      document.title = '¿Por qué Juan se queda en el penal al final de Celda 211? - Pregúntalo';
      shield = await startShield(PAGE(line), 2);
      const [count, story] = [...document.querySelectorAll('.wrap > p')];
      expect(state(story)).toEqual(['hidden', '6']);
      expect(count!.getAttribute('data-spoiler-shield')).toBeNull();
    });
  }

  it('that tells the story is still read by its own words', async () => {
    document.title = '¿Por qué Juan se queda en el penal al final de Celda 211? - Pregúntalo';
    shield = await startShield(PAGE('Juan mata a Calancho y se queda con el penal · 1.2 mil votos positivos'), 2);
    const [count] = [...document.querySelectorAll('.wrap > p')];
    expect(count!.getAttribute('data-spoiler-shield')).toBe('hidden');
  });

  it('needs a count: a line of parts without one is read as before', async () => {
    document.title = '¿Por qué Juan se queda en el penal al final de Celda 211? - Pregúntalo';
    shield = await startShield(PAGE('Mariel Ontiveros · Abogada penalista, Chihuahua · la respuesta más votada de la semana'), 2);
    const [line] = [...document.querySelectorAll('.wrap > p')];
    expect(state(line)).toEqual(['hidden', '6']);
  });
});
