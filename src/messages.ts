/**
 * The one message protocol, named by direction, with each reply typed by its
 * message. Settings never travel as messages: every context reads them from storage.
 */

/**
 * Popup or background → content script. `get-status` is answered by the top frame;
 * `reveal-all` and `hide-again` reach every frame of the tab (the page's title and
 * attributes included); `show-mentioned` tells every frame that some frame of the
 * tab mentions the show.
 */
export type ToContent = { type: 'get-status' } | { type: 'reveal-all' } | { type: 'hide-again' } | { type: 'show-mentioned' };

const TO_CONTENT_TYPES: ReadonlySet<string> = new Set(['get-status', 'reveal-all', 'hide-again', 'show-mentioned']);

export interface ShieldStatus {
  hostname: string;
  /** Passages (blocks) hidden in this frame. */
  hiddenCount: number;
  /** Blocks queued and not yet checked (at least 1 until the settings are read and the page is queued). */
  pending: number;
  /** The settings have been read and applied. */
  ready: boolean;
  /** Whether the page (or another frame of its tab) mentions the show at all. */
  showMentioned: boolean;
  /** "Reveal all on this page" is on. */
  revealingAll: boolean;
  /** The followed shows this frame's page itself names (ids), in the order they are followed; absent from the gate. */
  shows?: string[];
}

/**
 * Content script → background (and the popup, for the count).
 * - `hidden-count`: the top frame's count, for the badge, and whether the shield is on for the page (the icon).
 * - `get-catalog`: a show's compiled catalog (`show`, else the first shipped show's), when storage has none (answered with its JSON text); the
 *   popup and the options page ask for it too, for the show's title and episodes.
 * - `show-mentioned`: this frame mentions the show; the background tells the tab's other frames.
 * - `tab-mentioned`: does any frame of my tab mention the show? (answered with a boolean, or 'pending' while
 *   the top frame has not read its page yet: ask again)
 * - `not-spoiler`: the reader says a passage of this frame's site is not a spoiler (by its text key,
 *   with its first words for the settings' list); the background remembers it, so the content script
 *   never writes to storage.
 */
export type FromContent =
  | { type: 'hidden-count'; count: number; on: boolean }
  | { type: 'get-catalog'; show?: string }
  | { type: 'show-mentioned' }
  | { type: 'tab-mentioned' }
  | { type: 'not-spoiler'; key: string; excerpt?: string };

/** What each message is answered with (undefined: no answer). */
export type ContentReply<M extends ToContent> = M extends { type: 'get-status' } ? ShieldStatus : undefined;
export type BackgroundReply<M extends FromContent> = M extends { type: 'get-catalog' } ? string : M extends { type: 'tab-mentioned' } ? boolean | 'pending' : undefined;

/** The browser's `runtime.sendMessage` and `tabs.sendMessage`, as each context has them (native or polyfilled). */
export interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}
export interface Tabs {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/** Sends a message to the background; the reply is typed by the message (undefined when nobody answered). */
export function toBackground<M extends FromContent>(runtime: Runtime, message: M): Promise<BackgroundReply<M> | undefined> {
  return runtime.sendMessage(message) as Promise<BackgroundReply<M> | undefined>;
}

/** Sends a message to a tab's content scripts (one frame, or all); the reply is typed by the message. */
export function toTab<M extends ToContent>(tabs: Tabs, tabId: number, message: M, frameId?: number): Promise<ContentReply<M> | undefined> {
  const sent = frameId === undefined ? tabs.sendMessage(tabId, message) : tabs.sendMessage(tabId, message, { frameId });
  return sent as Promise<ContentReply<M> | undefined>;
}

/** A text key (see shield/text-key.ts): 16 hex digits. */
const TEXT_KEY = /^[0-9a-f]{16}$/;

/** A `not-spoiler` message's excerpt is cut to 80 characters when stored; a longer one than this is not a message of ours. */
const EXCERPT_MAX = 1000;

const FROM_CONTENT_TYPES: ReadonlySet<string> = new Set(['show-mentioned', 'tab-mentioned']);

/**
 * A field of a message as the receiver gets it: messages travel as JSON, so only a plain
 * object's own fields count (an inherited `type`, or one on an array, never arrives).
 */
function own(message: unknown, field: string): unknown {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  return Object.hasOwn(message, field) ? (message as Record<string, unknown>)[field] : undefined;
}

export function isToContent(message: unknown): message is ToContent {
  const type = own(message, 'type');
  return typeof type === 'string' && TO_CONTENT_TYPES.has(type);
}

export function isFromContent(message: unknown): message is FromContent {
  const type = own(message, 'type');
  if (type === 'hidden-count') {
    const count = own(message, 'count');
    return Number.isInteger(count) && (count as number) >= 0 && typeof own(message, 'on') === 'boolean';
  }
  if (type === 'get-catalog') {
    const show = own(message, 'show');
    return show === undefined || typeof show === 'string';
  }
  if (type === 'not-spoiler') {
    const key = own(message, 'key');
    const excerpt = own(message, 'excerpt');
    return typeof key === 'string' && TEXT_KEY.test(key) && (excerpt === undefined || (typeof excerpt === 'string' && excerpt.length <= EXCERPT_MAX));
  }
  return typeof type === 'string' && FROM_CONTENT_TYPES.has(type);
}
