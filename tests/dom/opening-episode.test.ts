// @vitest-environment happy-dom
// A paragraph that opens by placing itself in an episode ("In episode two …", "En el capítulo 4, …") and names someone
// of the show is that episode's, under a heading that names none (an essay's "II. A voice for the yard").
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const ESSAY = `<main><h1>Prison Cell 211 and the price of a voice</h1>
  <h2>II. A voice for the yard</h2>
  <p id="two">In episode two Juan stops being a man in hiding. He stands beside Calancho in front of the camera and reads out what the men want.</p>
  <p id="pace">In episode two the pacing slows down, and the camera lingers on the walls for minutes at a time.</p>
  <p id="es">En el capítulo 4, Juan le lleva agua a Calancho y se sienta a su lado en el patio.</p>
  <p id="late">Juan stands beside Calancho in front of the camera in episode two and reads out what the men want.</p>
</main>`;

describe('a paragraph that opens in an episode', () => {
  it('is hidden with that episode when it names someone of the show; one about the pacing is read by its own words', async () => {
    document.title = 'Prison Cell 211 and the price of a voice | Long Reads';
    shield = await startShield(ESSAY, 1);
    expect([state('two'), episode('two'), state('es'), episode('es')]).toEqual(['hidden', '2', 'hidden', '4']);
    expect(state('pace')).toBeNull();
  });

  it('is readable once its episode is watched, and on a page that is not about the show', async () => {
    document.title = 'Prison Cell 211 and the price of a voice | Long Reads';
    shield = await startShield(ESSAY, 4);
    expect([state('two'), state('es')]).toEqual([null, null]);
    shield.stop();
    document.title = 'Notes on a radio drama | Long Reads';
    shield = await startShield(ESSAY.replace('Prison Cell 211 and', 'A radio drama and').replace(/Calancho/g, 'the boss'), 0);
    expect([state('two'), state('es')]).toEqual([null, null]);
  });
});
