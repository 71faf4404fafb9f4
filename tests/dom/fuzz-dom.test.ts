// @vitest-environment happy-dom
// Property-based tests (fast-check) of the shield on generated pages: what it hides does not depend on
// how a text is split across text nodes and inline elements, and hiding then revealing (or turning the
// shield off) gives the page back exactly. Issue 7, part 4.
import fc from 'fast-check';
import { readCorpus } from '@/src/eval/corpus';
import { shippedCatalog } from '@/src/catalog/compiled';
import { Shield } from '@/src/shield/shield';

// happy-dom has no CSS Custom Highlight API. A registry with the same surface (a Highlight is a set of
// ranges; CSS.highlights maps names to them) lets the shield paint precisely, so the tests can read
// exactly which characters it hides.
class FakeHighlight extends Set<AbstractRange> {}
const registry = new Map<string, FakeHighlight>();
Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
Object.defineProperty(window.CSS, 'highlights', { value: registry, configurable: true });

const cc = shippedCatalog();
const corpus = readCorpus('tests/fixtures/corpus');
const spoilers = corpus.filter((p) => p.episode > 0).map((p) => p.text);
const safe = corpus.filter((p) => p.episode === 0).map((p) => p.text);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const NOISE = ['’', "'s", '\u00ad', '\u200b', '\u00a0', 'é', 'e\u0301', '🙂', '\ud83d', '…', '\n', '  '];
/** A passage, mostly from the corpus (spoilers and safe text), sometimes with noise spliced in. */
const passage = fc
  .tuple(
    fc.oneof(fc.constantFrom(...spoilers), fc.constantFrom(...safe)),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 3 }),
  )
  .map(([text, inserts]) =>
    inserts.reduce((out, [at, piece]) => {
      const i = at % (out.length + 1);
      return out.slice(0, i) + piece + out.slice(i);
    }, text),
  );

const INLINE = ['span', 'b', 'em', 'i', 'a', 'mark', 'small', 'q', 'abbr'];

/** How a text is laid out in nodes: cut points, and for each piece the inline elements around it. */
interface Layout {
  cuts: number[];
  wrappers: string[][];
  /** An empty text node after each piece, as frameworks leave behind. */
  emptyNodes: boolean;
}

interface GeneratedBlock {
  tag: string;
  text: string;
  split: Layout;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  cuts: fc.array(fc.nat(), { maxLength: 8 }),
  wrappers: fc.array(fc.array(fc.constantFrom(...INLINE), { maxLength: 2 }), { maxLength: 9 }),
  emptyNodes: fc.boolean(),
});

/** Appends `text` to `parent` as one text node, or cut into pieces per `split`, some inside inline elements. */
function appendText(parent: Element, text: string, split?: Layout): void {
  const doc = parent.ownerDocument;
  if (!split) {
    parent.append(doc.createTextNode(text));
    return;
  }
  const cuts = [...new Set(split.cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...cuts, text.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let node: Node = doc.createTextNode(text.slice(bounds[k]!, bounds[k + 1]!));
    for (const tag of split.wrappers[k] ?? []) {
      const wrapper = doc.createElement(tag);
      wrapper.append(node);
      node = wrapper;
    }
    parent.append(node);
    if (split.emptyNodes) parent.append(doc.createTextNode(''));
  }
}

const BLOCKS = ['p', 'div', 'li', 'blockquote', 'h2', 'td'];
const page: fc.Arbitrary<GeneratedBlock[]> = fc.array(fc.record({ tag: fc.constantFrom(...BLOCKS), text: passage, split: layout }), {
  minLength: 1,
  maxLength: 6,
});

/** Builds the page in `document.body`: a heading that names the show, then one block per passage. */
function buildPage(blocks: GeneratedBlock[], split: boolean) {
  document.body.innerHTML = '<h1>Prison Cell 211</h1>';
  blocks.forEach((b, i) => {
    const container = b.tag === 'li' ? document.createElement('ul') : b.tag === 'td' ? document.createElement('table') : null;
    const block = document.createElement(b.tag);
    block.id = `b${i}`;
    appendText(block, b.text, split ? b.split : undefined);
    if (b.tag === 'td') {
      const row = document.createElement('tr');
      row.append(block);
      container!.append(row);
    }
    if (b.tag === 'li') container!.append(block);
    document.body.append(container ?? block);
  });
}

/** Offset of (node, offset) in the text of `block`, counting its text nodes in document order. */
function textOffset(block: Element, node: Node, offset: number): number {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += (n as Text).data.length;
  }
  throw new Error('range outside its block');
}

/** What the shield did to the page, independent of the node structure: marks, and hidden character spans. */
function shieldedView() {
  const marks = [...document.querySelectorAll('[data-spoiler-shield], [data-spoiler-episode]')].map((el) =>
    [el.id, el.getAttribute('data-spoiler-shield'), el.getAttribute('data-spoiler-episode'), el.getAttribute('aria-label')].join('|'),
  );
  const hidden = [...(registry.get('spoiler-shield') ?? [])].map((r) => {
    const range = r as Range;
    const block = (range.startContainer.parentElement as Element).closest('[id^="b"], h1')!;
    return `${block.id}:${textOffset(block, range.startContainer, range.startOffset)}-${textOffset(block, range.endContainer, range.endOffset)}`;
  });
  return { marks: marks.sort(), hidden: hidden.sort() };
}

/**
 * Runs `use` with a shield on the current page at `watched`, and always stops it after: a shield left
 * running would keep watching the next generated page and fight the new one over the marks.
 */
async function withShield<T>(watched: number, use: (shield: Shield) => Promise<T> | T): Promise<T> {
  const shield = new Shield(document, cc);
  try {
    shield.start();
    shield.apply(true, watched);
    await tick();
    return await use(shield);
  } finally {
    shield.stop();
  }
}

/** Every node of the body with its text, to check that nothing was replaced or rewritten. */
function nodesOf(root: Node): Array<[Node, string | null]> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const out: Array<[Node, string | null]> = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push([n, n.nodeType === 3 ? (n as Text).data : null]);
  return out;
}

function expectSameNodes(before: Array<[Node, string | null]>, after: Array<[Node, string | null]>) {
  expect(after.length).toBe(before.length);
  after.forEach(([node, data], i) => {
    expect(node, `node ${i} was replaced`).toBe(before[i]![0]);
    expect(data, `text of node ${i} was changed`).toBe(before[i]![1]);
  });
}

const episode = fc.integer({ min: 0, max: 6 });

describe('what is hidden does not depend on the node structure', () => {
  it('hides the same characters when each text is one node or split across nodes and inline elements', async () => {
    await fc.assert(
      fc.asyncProperty(page, episode, async (blocks, watched) => {
        buildPage(blocks, false);
        const whole = await withShield(watched, () => shieldedView());
        buildPage(blocks, true);
        const split = await withShield(watched, () => shieldedView());
        expect(split).toEqual(whole);
      }),
      {
        numRuns: 150,
        // Found by this property: an empty link, then an empty text node, then the words, was taken for an item of
        // its own; an empty link was taken for the twin that makes the link beside it an item; and two links that
        // split one sentence with no space between were taken for a list of links. And a post's words read with a space
        // between all their text nodes broke a word split in two ("fina" "le"): only blocks and line breaks part words.
        examples: [
          [
            [
              { tag: 'li', text: "’’’The briefcase and the open door: Juan's two big choices in the Prison Cell 211 finale", split: { cuts: [511197384], wrappers: [], emptyNodes: false } },
              { tag: 'p', text: 'helena dies in ep 5 and i was NOT ready', split: { cuts: [], wrappers: [], emptyNodes: false } },
            ],
            0,
          ],
          [
            [
              { tag: 'div', text: 'la gobernadora se quedó con el mercenario de jackson, eso no lo vi venir', split: { cuts: [0, 115043767], wrappers: [['a'], [], ['a']], emptyNodes: true } },
              { tag: 'p', text: 'just finished episode 1, the riot breaking out in the first ten minutes is insane', split: { cuts: [], wrappers: [], emptyNodes: false } },
            ],
            0,
          ],
          [[{ tag: 'div', text: 'helena dies in ep 5 and i was NOT ready', split: { cuts: [0], wrappers: [['span', 'a'], ['a']], emptyNodes: false } }], 0],
          [[{ tag: 'div', text: 'helena dies in ep 5 and i was NOT ready', split: { cuts: [14], wrappers: [['a'], ['a']], emptyNodes: false } }], 0],
          [
            [
              { tag: 'div', text: 'helena dies in ep 5 and i was NOT ready', split: { cuts: [0], wrappers: [['a'], ['a']], emptyNodes: false } },
              { tag: 'p', text: 'helena dies in ep 5 and i was NOT ready', split: { cuts: [], wrappers: [], emptyNodes: false } },
            ],
            0,
          ],
        ],
      },
    );
  });
});

describe('the shapes the property above found', () => {
  // fast-check's smallest counterexample was a spoiler whose block starts with an empty text node. Pages
  // have such blocks: whitespace before a comment, or the empty text nodes frameworks leave as anchors.
  for (const [name, html] of [
    ['whitespace, then a comment', '<p id="b0">\n  <!-- a comment -->Helena dies in episode five.</p>'],
    ['an empty text node', ''],
  ] as const) {
    it(`reads a block that starts with ${name}`, async () => {
      document.body.innerHTML = '<h1>Prison Cell 211</h1>' + html;
      if (!html) {
        const p = document.createElement('p');
        p.id = 'b0';
        p.append(document.createTextNode(''), document.createTextNode('Helena dies in episode five.'));
        document.body.append(p);
      }
      const view = await withShield(0, () => shieldedView());
      expect(view.marks).toEqual(['b0|hidden|5|hiddenLabel Prison Cell 211 5']);
    });
  }
});

/** Borrowed attributes a page may already have on a block, which the shield must give back as they were. */
const ownAttributes = fc.record(
  { tabindex: fc.constantFrom('-1', '0', '3'), role: fc.constantFrom('note', 'article'), 'aria-label': fc.constantFrom('mine', ''), title: fc.constant('t') },
  { requiredKeys: [] },
);

type Step = { kind: 'progress'; watched: number } | { kind: 'reveal'; pick: number } | { kind: 'not-spoiler'; pick: number } | { kind: 'off' } | { kind: 'on' };
const step: fc.Arbitrary<Step> = fc.oneof(
  episode.map((watched) => ({ kind: 'progress' as const, watched })),
  fc.nat().map((pick) => ({ kind: 'reveal' as const, pick })),
  fc.nat().map((pick) => ({ kind: 'not-spoiler' as const, pick })),
  fc.constant({ kind: 'off' as const }),
  fc.constant({ kind: 'on' as const }),
);

describe('hiding then revealing restores the page exactly', () => {
  const pageWithAttributes = fc.tuple(page, fc.array(ownAttributes, { maxLength: 6 }));

  function build([blocks, attributes]: [GeneratedBlock[], Array<Record<string, string>>]) {
    buildPage(blocks, true);
    attributes.forEach((attrs, i) => {
      const block = document.getElementById(`b${i}`);
      for (const [name, value] of Object.entries(attrs)) block?.setAttribute(name, value);
    });
  }

  it('revealing every hidden block leaves only the "revealed" marks, and nothing painted', async () => {
    let pagesWithHiddenBlocks = 0;
    await fc.assert(
      fc.asyncProperty(pageWithAttributes, episode, async (generated, watched) => {
        build(generated);
        const html = document.body.innerHTML;
        const nodes = nodesOf(document.body);
        const clone = await withShield(watched, async (s) => {
          const hidden = [...document.querySelectorAll('[data-spoiler-shield="hidden"]')];
          if (hidden.length > 0) pagesWithHiddenBlocks++;
          expect(s.hiddenCount).toBe(hidden.length);
          for (const block of hidden) s.reveal(block);
          await tick();
          expect(s.hiddenCount).toBe(0);
          expect(registry.get('spoiler-shield')?.size ?? 0).toBe(0);
          expect(document.querySelectorAll('[data-spoiler-shield="hidden"]')).toHaveLength(0);
          expectSameNodes(nodes, nodesOf(document.body));
          return document.body.cloneNode(true) as HTMLElement;
        });
        for (const el of clone.querySelectorAll('[data-spoiler-shield]')) {
          expect(el.getAttribute('data-spoiler-shield')).toBe('revealed');
          el.removeAttribute('data-spoiler-shield');
          el.removeAttribute('data-spoiler-episode');
        }
        expect(clone.innerHTML).toBe(html);
      }),
      { numRuns: 150 },
    );
    // The property is only worth something if the generated pages do get hidden blocks.
    expect(pagesWithHiddenBlocks).toBeGreaterThan(30);
  });

  it('after any sequence of progress changes, reveals, "Not a spoiler" and switching, off gives back the page exactly', async () => {
    await fc.assert(
      fc.asyncProperty(pageWithAttributes, episode, fc.array(step, { maxLength: 8 }), async (generated, watched, steps) => {
        build(generated);
        const html = document.body.innerHTML;
        const nodes = nodesOf(document.body);
        await withShield(watched, async (s) => {
          let on = true;
          let progress = watched;
          for (const st of steps) {
            const hidden = [...document.querySelectorAll('[data-spoiler-shield="hidden"]')];
            if (st.kind === 'progress') s.apply(on, (progress = st.watched));
            else if (st.kind === 'reveal' && hidden.length > 0) s.reveal(hidden[st.pick % hidden.length]!);
            else if (st.kind === 'not-spoiler' && hidden.length > 0) s.markNotSpoiler(hidden[st.pick % hidden.length]!);
            else if (st.kind === 'off') s.apply((on = false), progress);
            else if (st.kind === 'on') s.apply((on = true), progress);
            await tick();
          }
          s.apply(false, progress);
          await tick();
          expect(document.body.innerHTML).toBe(html);
          expectSameNodes(nodes, nodesOf(document.body));
          expect(registry.get('spoiler-shield')?.size ?? 0).toBe(0);
        });
      }),
      { numRuns: 150 },
    );
  });
});
