/**
 * The one message protocol, named by direction. Settings never travel as
 * messages: every context reads them from storage.
 */

/** Popup → content script (top frame of a tab). */
export type ToContent = { type: 'get-status' };

export interface ShieldStatus {
  hostname: string;
  /** Passages (blocks) hidden in this frame. */
  hiddenCount: number;
  /** Blocks queued and not yet checked (at least 1 until the settings are read and the page is queued). */
  pending: number;
  /** The settings have been read and applied. */
  ready: boolean;
  /** Whether the page mentions the show at all. */
  showMentioned: boolean;
}

/** Content script → background and popup. */
export type FromContent = { type: 'hidden-count'; count: number };

export function isToContent(message: unknown): message is ToContent {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'get-status';
}

export function isFromContent(message: unknown): message is FromContent {
  const m = message as { type?: unknown; count?: unknown } | null;
  return typeof m === 'object' && m !== null && m.type === 'hidden-count' && Number.isInteger(m.count) && (m.count as number) >= 0;
}
