/**
 * Every word of the interface comes from public/_locales/<lang>/messages.json, through
 * the browser's i18n API (it follows the browser's language). Modules take a
 * `Translate` rather than calling the API, so that tests can give them a translator
 * over the same files (see `translatorFor`).
 */
import type enMessages from '../public/_locales/en/messages.json';
import type { Lang } from './catalog/types';

export type MessageKey = keyof typeof enMessages;
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Messages a translator remembers; past it the memory starts again. */
const MESSAGES_KEPT = 500;

/**
 * The translator extension pages and content scripts use. Each message is remembered with its
 * substitutions: the browser's getMessage costs tens of microseconds a call, and a page with hundreds of
 * hidden passages asks for the same few labels ("Spoiler from episode 5") hundreds of times.
 */
export function browserTranslate(i18n: { getMessage(key: string, substitutions?: string[]): string }): Translate {
  const kept = new Map<string, string>();
  return (key, ...subs) => {
    const strings = subs.map(String);
    const id = strings.length === 0 ? key : `${key}\u0000${strings.join('\u0000')}`;
    let message = kept.get(id);
    if (message === undefined) {
      if (kept.size >= MESSAGES_KEPT) kept.clear();
      message = i18n.getMessage(key, strings) || key;
      kept.set(id, message);
    }
    return message;
  };
}

/**
 * A translator over a messages.json object, with the browser's placeholder rules ($name$ →
 * its content, $1…$9 → the substitutions, $$ → $), for tests and Node scripts.
 */
export function translatorFor(messages: Record<string, MessageEntry>): Translate {
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) throw new Error(`No message "${key}"`);
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
      .replace(/\$\$/g, '$');
  };
}

/** The catalog language that fits the interface's ("es-419" → es); English otherwise. */
export function langOf(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}
