/**
 * Words readers use for events without names (issue 12, session 10): running the place, paying someone back, a
 * warning not to get attached, the way out left open; and a short sentence that says whom the one before was about.
 * Sentences are this test's own.
 */
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match';

const cc = shippedCatalog();
const reveals = (text: string): string[] =>
  [...new Set(analyseBlock(text, cc).sentences.flatMap((s) => s.reveals.map((r) => `${r.id}@${r.episode}`)))].sort();

describe("the language's words for an event", () => {
  it.each([
    // Running the whole place.
    ['By the last scene the lawyer basically runs the place.', 'juan-new-ringleader@6'],
    ['In the end Juan runs the show in there.', 'juan-new-ringleader@6'],
    // Paid back.
    ['Juan le dio lo suyo al coronel, y nadie lo culpa.', 'ramirez-killed@5'],
    ['Juan finally gave the colonel what was coming to him.', 'ramirez-killed@5'],
    // A warning that someone will not last, or a fate hinted at.
    ["Don't get too attached to Yori, that's all I'll say.", 'yori-exposed-and-killed@4'],
    ['Consejo: no te encariñes con Yori.', 'yori-exposed-and-killed@4'],
    ['Ya verás a dónde va a parar Carajo.', 'juan-kills-carajo@3'],
    // The way out open, and not taken.
    ['Juan could have walked and he just didn’t.', 'juan-stays-behind@6'],
    ['A Juan le abren la puerta para irse y ni se mueve.', 'juan-stays-behind@6'],
    // The video told by its tools.
    ['Juan talks into a microphone for an hour.', 'juan-video-message@2'],
    ['Helena finds the tape on the evening bulletin.', 'juan-video-message@2'],
    // Taken across the river.
    ['Javi y Baldor ya están del otro lado del río.', 'javi-crosses-river@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });
});

describe('a short sentence after one that names no one says who it was about', () => {
  it.each([
    ['Se niega a salir cuando puede. Así es Juan.', 'juan-stays-behind@6'],
    ['Refuses to leave when he finally can. Classic Juan. #PrisonCell211', 'juan-stays-behind@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it('but not a long one, nor after a sentence that names someone', () => {
    expect(reveals('Refuses to leave when he finally can. I keep thinking about Juan and the first episode.')).toEqual([]);
    expect(reveals('Calancho refuses to leave the gym. Juan.')).not.toContain('juan-stays-behind@6');
  });
});

describe('"he" or "she" stands for a person named before rather than a group named since', () => {
  it.each([
    ["Helena stays home at first. When the prisoners' demands are read on air, she joins the families at the gate.", 'helena-goes-to-gate@3'],
    ['Yori has debts. Once the inmates find out, he is exposed in front of everyone.', 'yori-exposed-and-killed@4'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });
});

describe('a content note names a mutilation by itself', () => {
  it.each([
    ['Fair warning: episode four contains graphic mutilation.', 'baldor-hand-cut-off@4'],
    ['Aviso: la serie contiene mutilación y mucha sangre.', 'baldor-hand-cut-off@4'],
  ])('%s', (text, id) => {
    expect([...new Set(analyseBlock(text, cc, true).sentences.flatMap((s) => s.reveals.map((r) => `${r.id}@${r.episode}`)))]).toContain(id);
  });
});
