// Issue 7, "Validation at every boundary" and "Trust": the guards of the one message protocol
// (src/messages.ts). `isToContent` is what the content script checks before it acts on a message;
// `isFromContent` is what the background and the popup check. Each accepts the documented messages
// and nothing else.
//
// What "right" means here, decided once:
// - A guard judges a message as its receiver would get it. Chrome hands runtime messages over as
//   JSON: only an object's own enumerable data survives, and an array keeps only its elements. So a
//   `type` that is inherited (`Object.create({ type: 'get-status' })`) or hangs off an array
//   (`Object.assign([], { type: 'get-status' })`) never reaches the receiver, and the guard must
//   reject it too; otherwise a caller in the same context gets "valid" from the guard for a message
//   the other side reads as `{}` or `[]`. An object with no prototype but its own `type` is fine.
// - Extra fields on a documented message are accepted: no handler reads them, and refusing them
//   would only make the protocol brittle across versions.
// - `hidden-count` carries a whole, non-negative count (-0 is 0) and whether the shield is on (a boolean).
import fc from 'fast-check';
import { isFromContent, isToContent } from '@/src/messages';

/** The documented messages, by direction. */
const TO_CONTENT = [{ type: 'get-status' }, { type: 'reveal-all' }, { type: 'hide-again' }, { type: 'show-mentioned' }];
const FROM_CONTENT = [
  { type: 'hidden-count', count: 0, on: true },
  { type: 'hidden-count', count: 7, on: false },
  { type: 'get-catalog' },
  { type: 'show-mentioned' },
  { type: 'tab-mentioned' },
];
const ALL_TYPES = [...new Set([...TO_CONTENT, ...FROM_CONTENT].map((m) => m.type))];

/** What the receiver gets: Chrome serialises runtime messages as JSON. */
function overTheWire(message: unknown): unknown {
  const text = JSON.stringify(message);
  return text === undefined ? undefined : JSON.parse(text);
}

/** A value as a failure message should show it: fast-check prints an array with fields as `[]`. */
function shape(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const own = JSON.stringify(Object.fromEntries(Object.entries(value)));
  const proto = Object.getPrototypeOf(value) as object | null;
  const inherited = proto && proto !== Object.prototype && proto !== Array.prototype ? `, inheriting ${shape(proto)}` : '';
  return `${Array.isArray(value) ? 'an array' : 'an object'} with own fields ${own}${inherited}`;
}

/** Values that are not messages at all. */
const NOT_OBJECTS: unknown[] = [null, undefined, 0, 1, NaN, true, '', 'get-status', '{"type":"get-status"}', Symbol('get-status'), 10n, () => 'get-status'];

/** The same type in a form that is not a plain string, or a near miss of one. */
const typeLookalikes = (type: string): unknown[] => [
  type.toUpperCase(),
  ` ${type}`,
  `${type} `,
  `${type}\u0000`,
  type.replace('-', '_'),
  new String(type),
  [type],
  { toString: () => type },
];

/** Objects that hold a documented `type` only by inheritance or on an array. */
function prototypeTricks(message: Record<string, unknown>): Array<[string, unknown]> {
  return [
    ['Object.create(message)', Object.create(message)],
    ['{ __proto__: message }', { __proto__: message }],
    ['an object whose prototype chain holds it two levels up', Object.create(Object.create(message))],
    ['an array with the fields on it', Object.assign([], message)],
    ['an array holding the message', [message]],
  ];
}

describe('isToContent (what the content script acts on)', () => {
  it('accepts each documented message, also with extra fields or no prototype', () => {
    for (const message of TO_CONTENT) {
      expect(isToContent(message), JSON.stringify(message)).toBe(true);
      expect(isToContent({ ...message, watchedEpisode: 6, extra: { nested: true } })).toBe(true);
      expect(isToContent(Object.assign(Object.create(null), message))).toBe(true);
    }
  });

  it('rejects values that are not objects', () => {
    for (const value of NOT_OBJECTS) expect(isToContent(value), String(value)).toBe(false);
  });

  it('rejects messages of the other direction, unknown types and objects with no type', () => {
    for (const type of ['hidden-count', 'get-catalog', 'tab-mentioned', 'set-settings', 'reveal', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(isToContent({ type }), type).toBe(false);
    }
    for (const value of [{}, { type: undefined }, { type: null }, { kind: 'get-status' }, { Type: 'get-status' }, { watchedEpisode: 6 }, { enabled: false }]) {
      expect(isToContent(value), JSON.stringify(value)).toBe(false);
    }
    // JSON.parse makes "__proto__" an own field: it sets no prototype, so no type either.
    expect(isToContent(JSON.parse('{"__proto__": {"type": "reveal-all"}}'))).toBe(false);
  });

  it('rejects a type that only looks like a documented one', () => {
    for (const { type } of TO_CONTENT) {
      for (const lookalike of typeLookalikes(type)) expect(isToContent({ type: lookalike }), `${type} as ${String(lookalike)}`).toBe(false);
    }
  });

  it('rejects a documented type held by inheritance or on an array (the receiver would get no type)', () => {
    const accepted: string[] = [];
    for (const message of TO_CONTENT) {
      for (const [how, value] of prototypeTricks(message)) if (isToContent(value)) accepted.push(`${message.type} via ${how}`);
    }
    expect(accepted).toEqual([]);
  });
});

describe('isFromContent (what the background and the popup act on)', () => {
  it('accepts each documented message, also with extra fields or no prototype', () => {
    for (const message of FROM_CONTENT) {
      expect(isFromContent(message), JSON.stringify(message)).toBe(true);
      expect(isFromContent({ ...message, tabId: 3, frameId: 0 })).toBe(true);
      expect(isFromContent(Object.assign(Object.create(null), message))).toBe(true);
    }
    expect(isFromContent({ type: 'hidden-count', count: -0, on: true })).toBe(true);
    expect(isFromContent({ type: 'hidden-count', count: 1e6, on: false })).toBe(true);
  });

  it('rejects values that are not objects', () => {
    for (const value of NOT_OBJECTS) expect(isFromContent(value), String(value)).toBe(false);
  });

  it('rejects messages of the other direction, unknown types and objects with no type', () => {
    for (const type of ['get-status', 'reveal-all', 'hide-again', 'set-settings', 'hidden', 'toString', '__proto__', 'constructor', 'valueOf']) {
      expect(isFromContent({ type }), type).toBe(false);
    }
    for (const value of [{}, { type: null }, { count: 3 }, { watchedEpisode: 6 }, { notSpoilers: { 'a.example': ['0123456789abcdef'] } }]) {
      expect(isFromContent(value), JSON.stringify(value)).toBe(false);
    }
    expect(isFromContent(JSON.parse('{"__proto__": {"type": "get-catalog"}}'))).toBe(false);
  });

  it('accepts hidden-count only with a whole count of zero or more', () => {
    const badCounts: unknown[] = [-1, -0.5, 0.5, 2.0000001, NaN, Infinity, -Infinity, '3', '', null, undefined, true, [3], { valueOf: () => 3 }, new Number(3), 3n];
    for (const count of badCounts) expect(isFromContent({ type: 'hidden-count', count, on: true }), `count ${String(count)}`).toBe(false);
    expect(isFromContent({ type: 'hidden-count' })).toBe(false);
    for (const on of [undefined, 'true', 1, null]) expect(isFromContent({ type: 'hidden-count', count: 2, on }), `on ${String(on)}`).toBe(false);
  });

  it('rejects a type that only looks like a documented one', () => {
    for (const { type } of FROM_CONTENT) {
      for (const lookalike of typeLookalikes(type)) {
        expect(isFromContent({ type: lookalike, count: 1 }), `${type} as ${String(lookalike)}`).toBe(false);
      }
    }
  });

  it('rejects a documented type or count held by inheritance or on an array (the receiver would get neither)', () => {
    const accepted: string[] = [];
    for (const message of FROM_CONTENT) {
      for (const [how, value] of prototypeTricks(message)) if (isFromContent(value)) accepted.push(`${JSON.stringify(message)} via ${how}`);
    }
    // The count alone inherited: over the wire this is { type: 'hidden-count' }, which has no count.
    if (isFromContent(Object.assign(Object.create({ count: 2 }), { type: 'hidden-count', on: true }))) accepted.push('hidden-count with an inherited count');
    if (isFromContent(Object.assign(Object.create({ on: true }), { type: 'hidden-count', count: 2 }))) accepted.push('hidden-count with an inherited on');
    expect(accepted).toEqual([]);
  });
});

describe('both guards', () => {
  /** Message-like values: documented fields and near misses, sometimes inherited or on an array. */
  const fields = fc.record(
    {
      type: fc.oneof(fc.constantFrom(...ALL_TYPES), fc.string({ maxLength: 12 }), fc.anything()),
      count: fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double(), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const messageLike = fc.oneof(
    { weight: 4, arbitrary: fields },
    { weight: 1, arbitrary: fields.map((f) => Object.create(f) as unknown) },
    { weight: 1, arbitrary: fields.map((f) => Object.assign([], f) as unknown) },
    { weight: 2, arbitrary: fc.jsonValue() },
  );

  it('give the same verdict on a message before and after it crosses the wire', () => {
    fc.assert(
      fc.property(messageLike, (message) => {
        const what = shape(message);
        expect(isToContent(message), `isToContent(${what})`).toBe(isToContent(overTheWire(message)));
        expect(isFromContent(message), `isFromContent(${what})`).toBe(isFromContent(overTheWire(message)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withSparseArray: true }), (value) => {
        isToContent(value);
        isFromContent(value);
      }),
      { numRuns: 1_000 },
    );
  });
});
