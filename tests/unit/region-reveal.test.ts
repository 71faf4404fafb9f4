import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match/analyse';
import { scopeHides, withoutYesNoQuestions } from '@/src/decide/scope/region-reveal';

const catalog = shippedCatalog();
const hides = (text: string, unit: boolean) => scopeHides(analyseBlock(text, catalog), text, unit);
const reveals = (text: string) => withoutYesNoQuestions(analyseBlock(text, catalog), text).sentences.flatMap((s) => s.reveals.map((r) => r.id));

describe("a region's scope", () => {
  it('hides a paragraph that tells the story, named or not', () => {
    expect(hides('A nurse from outside walks a small group out through the kitchens towards a waiting vehicle.', false)).toBe(true);
    expect(hides('Helena is carried out of the crowd and the doctors cannot save her.', false)).toBe(true);
  });

  it('leaves a paragraph that tells only the premise to its own words', () => {
    expect(hides('Juan, a human-rights lawyer, is trapped inside when the riot breaks out and passes himself off as an inmate.', false)).toBe(false);
  });

  it('leaves a one-line comment that names no one and no event, and hides a longer one', () => {
    expect(hides('season 2 bait maybe?', true)).toBe(false);
    expect(hides('fair, but the next few are worth it imo', true)).toBe(false);
    expect(hides('the king is dead, long live the king. the title was telling us the whole time', true)).toBe(true);
    // Outside a thread or a card, a short paragraph is the region's like any other.
    expect(hides('season 2 bait maybe?', false)).toBe(true);
  });
});

describe('a question', () => {
  it('that only asks yes or no reveals nothing', () => {
    expect(reveals('Does Calancho die?')).toEqual([]);
    expect(reveals('¿Muere Calancho?')).toEqual([]);
  });

  it('is no question without an asking word or a "¿": question marks after a phrase say it in surprise, and it tells', () => {
    expect(reveals('the guy with the homemade flamethrower at the end of ep 1???')).toContain('flamethrower-inmate');
    expect(reveals('Is the guy with the homemade flamethrower in every episode?')).toEqual([]);
  });

  it('that presumes the event, in any of its clauses, keeps what it reveals', () => {
    expect(reveals('Who kills Calancho?')).not.toEqual([]);
    expect(reveals('Prison Cell 211 Ending Explained: Does Calancho Die, and Why Does Juan Stay?')).toContain('juan-stays-behind');
    // A Spanish question starts at its "¿", whatever comes before it.
    expect(reveals('Celda 211: FINAL EXPLICADO 🔥 ¿Por qué Juan se queda en el penal?')).toContain('juan-stays-behind');
    expect(reveals('Celda 211: LO QUE NADIE VIO 🔥 ¿Muere Calancho?')).toEqual([]);
  });

  it('that only brings up a topic ("¿Y la famosa mano de Baldor?") presumes it', () => {
    expect(reveals('¿Y la famosa mano de Baldor?')).toContain('baldor-hand-cut-off');
    expect(reveals('¿Y el apagón del último capítulo?')).toContain('baldor-extracted');
    expect(reveals('And the blackout in the last episode?')).toContain('baldor-extracted');
    // Still a question of whether: "¿Y muere Calancho?"
    expect(reveals('¿Y muere Calancho?')).toEqual([]);
  });
});

describe('a search typed in lower case', () => {
  it('asks without a question mark when it opens on "does", "is"…: a search suggestion tells nothing', () => {
    const text = 'does calancho die prison cell 211 ending';
    expect(withoutYesNoQuestions(analyseBlock(text, catalog), text).sentences).toEqual([]);
    // Written as a sentence, it tells.
    const told = 'Calancho dies in the prison cell 211 ending';
    expect(withoutYesNoQuestions(analyseBlock(told, catalog), told).sentences.length).toBeGreaterThan(0);
  });
});

describe('what is told before a question opens', () => {
  it('still tells: "Juan como vocero de los reos: ¿un abogado puede hacer eso?"', () => {
    expect(reveals('Juan como vocero de los reos: ¿un abogado puede hacer eso?')).toContain('juan-video-message');
  });

  it('while the question itself asks: "Celda 211: ¿muere Calancho?" and "Prison Cell 211: does Calancho die?" tell nothing', () => {
    expect(reveals('Celda 211: ¿muere Calancho?')).toEqual([]);
    expect(reveals('Prison Cell 211: does Calancho die?')).toEqual([]);
  });
});

describe('a yes-or-no question that asks whether an event was real or needed', () => {
  it('presumes it: "really", "have to", "de verdad", "tenía que", "neta"', () => {
    expect(reveals("Did Juan really cut off Baldor's hand or was it faked?")).toContain('baldor-hand-cut-off');
    expect(reveals('Prison Cell 211: Did Ramírez have to die?')).toContain('ramirez-killed');
    expect(reveals('Celda 211: ¿de verdad Juan tenía que cortarle la mano a Baldor?')).toContain('baldor-hand-cut-off');
    expect(reveals('el final me dejó frío, ¿neta prefiere quedarse ahí adentro?')).toContain('juan-stays-behind');
  });

  it('or how it could happen so: "así nomás", "just like that"', () => {
    expect(reveals('Celda 211: ¿Y Gándara? ¿Así nomás se escapa y ya?')).toContain('gandara-flees');
    expect(reveals('Prison Cell 211: Gándara escapes just like that?')).toContain('gandara-flees');
    expect(reveals('Celda 211: ¿Gándara se escapa?')).toEqual([]);
  });

  it('while one that asks whether it happened still tells nothing', () => {
    expect(reveals("Did Juan cut off Baldor's hand?")).toEqual([]);
    expect(reveals('¿Juan le corta la mano a Baldor?')).toEqual([]);
  });
});

describe('a yes-or-no question about an event it names as a thing that was', () => {
  it('presumes it: "was Calancho\'s death a mercy killing?", "¿la muerte de Helena se pudo evitar?"', () => {
    expect(reveals("Prison Cell 211: was Calancho's death a mercy killing?")).toContain('calancho-killed');
    expect(reveals('Prison Cell 211: did Calancho plan his own death from the start?')).toContain('calancho-killed');
    expect(reveals('Celda 211: ¿la muerte de Helena se pudo evitar?')).toContain('helena-dies');
  });

  it('while one that asks whether it happens still tells nothing', () => {
    expect(reveals('Does Calancho die?')).toEqual([]);
    expect(reveals('¿Muere Calancho?')).toEqual([]);
  });
});

describe('a yes-or-no question that asks what someone knew of an event', () => {
  it('presumes it: "Did Ramírez know Helena was dead…?", "¿Juan sabía que Helena había muerto?"', () => {
    expect(reveals('Prison Cell 211: Did Ramírez know Helena was dead when he said she was stable?')).toContain('helena-dies');
    expect(reveals('Celda 211: ¿Juan sabía que Helena había muerto cuando habló con Ramírez?')).toContain('helena-dies');
  });

  it('while one that asks "if" still tells nothing: "Does anyone know if Calancho dies?"', () => {
    expect(reveals('Prison Cell 211: Does anyone know if Calancho dies?')).toEqual([]);
    expect(reveals('Celda 211: ¿alguien sabe si muere Calancho?')).toEqual([]);
  });
});

describe('a yes-or-no question answered at once', () => {
  it('tells: "DOES HELENA DIE IN PRISON CELL 211? YES, AND IT BREAKS JUAN", "¿Muere Calancho? Sí."', () => {
    expect(reveals('DOES HELENA DIE IN PRISON CELL 211? YES, AND IT BREAKS JUAN')).toContain('helena-dies');
    expect(reveals('Celda 211: ¿Muere Calancho? Sí, en el último capítulo.')).toContain('calancho-killed');
  });

  it('while one followed by anything else still tells nothing: "Does Calancho die? Read on."', () => {
    expect(reveals('Prison Cell 211: Does Calancho die? Read on to find out.')).toEqual([]);
    expect(reveals('Celda 211: ¿Muere Calancho? Sigue leyendo.')).toEqual([]);
  });
});
