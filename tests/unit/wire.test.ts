import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match';
import { aloneAnchors } from '@/src/decide/match/candidates';
import { fromWire, toWire, WireError, wireShow } from '@/src/catalog/wire';
import { prisonCell211 } from '@/src/catalog';
import { readCorpus } from '@/src/eval/corpus';
import { fileURLToPath } from 'node:url';

const cc = shippedCatalog();
const wire = JSON.parse(JSON.stringify(toWire(cc)));

describe('the compiled catalog as JSON (what content scripts receive)', () => {
  it('matches every corpus passage exactly as the freshly compiled catalog does', () => {
    const revived = fromWire(wire);
    const passages = readCorpus(fileURLToPath(new URL('../fixtures/corpus/', import.meta.url)));
    expect(passages.length).toBeGreaterThan(500);
    // The wire form leaves out each pattern's source text, used only for explanations.
    const withoutSources = (text: string, c: typeof cc) =>
      analyseBlock(text, c).sentences.map((s) => ({ ...s, reveals: s.reveals.map(({ pattern: _, ...r }) => r) }));
    for (const p of passages) {
      expect(withoutSources(p.text, revived), p.id).toEqual(withoutSources(p.text, cc));
      expect(analyseBlock(p.text, revived).characters).toEqual(analyseBlock(p.text, cc).characters);
    }
    expect(revived.everyday).toEqual(cc.everyday);
    expect(revived.plots.map((p) => [p.id, p.episode, p.label])).toEqual(cc.plots.map((p) => [p.id, p.episode, p.label]));
  });

  it('names the field when a stored copy is damaged', () => {
    expect(() => fromWire(null)).toThrow(WireError);
    expect(() => fromWire({ ...wire, format: 0 })).toThrow(/field "format"/);
    expect(() => fromWire({ ...wire, words: wire.words.slice(1) })).toThrow(/field "wordClasses" must have as many entries as words/);
    const plots = structuredClone(wire.plots);
    plots[3].episode = 'five';
    expect(() => fromWire({ ...wire, plots })).toThrow(/field "plots\[3\]\.episode"/);
    const nodes = structuredClone(wire.nodes);
    nodes[0][0][0][1] = 0;
    expect(() => fromWire({ ...wire, nodes })).toThrow(/field "nodes\[0\]\[0\]" must point forwards/);
    const patterns = structuredClone(wire.patterns);
    patterns[0][0] = 999;
    expect(() => fromWire({ ...wire, patterns })).toThrow(/patterns\[0\]\[0\]/);
    expect(() => fromWire({ ...wire, aloneAnchors: ['hand'] })).toThrow(/field "aloneAnchors\[0\]"/);
  });

  it('carries the words names of events need, worked out where it is compiled; a copy stored before them works them out', () => {
    const catalog = shippedCatalog();
    const expected = [...aloneAnchors(catalog)].sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect([...wire.aloneAnchors!].sort((a, b) => a - b)).toEqual(expected);
    expect([...aloneAnchors(fromWire(wire))].sort((a, b) => a - b)).toEqual(expected);
    const { aloneAnchors: _, ...older } = wire;
    const revived = fromWire(older);
    expect(revived.aloneAnchors).toBeUndefined();
    expect([...aloneAnchors(revived)].sort((a, b) => a - b)).toEqual(expected);
    expect(analyseBlock('The hole in the wall', revived, true).sentences.length).toBe(analyseBlock('The hole in the wall', catalog, true).sentences.length);
  });

  it('carries the show\'s title and episodes, which the popup and options page read alone (wireShow)', () => {
    const show = { showId: 'prison-cell-211', title: prisonCell211.titles[0], episodes: prisonCell211.episodes };
    expect(wireShow(wire)).toEqual(show);
    expect(wireShow(wire).episodes.find((e) => e.number === 1)?.title).toBe('Change of Plans');
    // The content script's copy has no use for them.
    expect(fromWire(wire).title).toBeUndefined();
    expect(() => toWire(fromWire(wire))).toThrow(/field "title" is missing/);
    expect(() => wireShow({ ...wire, format: 0 })).toThrow(/field "format"/);
    expect(() => wireShow({ ...wire, title: undefined })).toThrow(/field "title"/);
    const episodes = structuredClone(wire.episodes);
    episodes[2].number = 'three';
    expect(() => wireShow({ ...wire, episodes })).toThrow(/field "episodes\[2\]\.number"/);
  });
});

describe('one wire text per shipped show (issue 13)', () => {
  it('stores the first show under the old key and the film under its own, each reviving to its show', async () => {
    const { catalogKeyOf, shippedCatalogText, shippedCatalogTextOf } = await import('@/src/catalog/wire-store');
    const { fromWire } = await import('@/src/catalog/wire');
    expect(catalogKeyOf('prison-cell-211')).toBe('compiledCatalog');
    expect(catalogKeyOf('celda-211-2009')).toBe('compiledCatalog:celda-211-2009');
    expect(shippedCatalogTextOf('prison-cell-211')).toBe(shippedCatalogText());
    const film = fromWire(JSON.parse(shippedCatalogTextOf('celda-211-2009')));
    expect(film.showId).toBe('celda-211-2009');
    expect(film.episodeCount).toBe(1);
    expect(film.markers).toContain('película');
  });
});
