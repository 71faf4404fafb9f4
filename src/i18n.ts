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

/** The translator extension pages and content scripts use. */
export function browserTranslate(i18n: { getMessage(key: string, substitutions?: string[]): string }): Translate {
  return (key, ...subs) => i18n.getMessage(key, subs.map(String)) || key;
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
