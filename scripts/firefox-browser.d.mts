// Types for firefox-browser.mjs, so the TypeScript Firefox tests can import it.
import type { Browser, Page } from 'puppeteer-core';

export declare const FIREFOX_EXTENSION_DIR: string;
export declare const ADDON_ID: string;
export declare const ADDON_UUID: string;
export declare const EXTENSION_ORIGIN: string;
export declare const DEFAULT_FIREFOX: string;
export declare const ESR140_DIR: string;
export declare const ESR140_FIREFOX: string;

export interface FirefoxWithExtension {
  browser: Browser;
  /** puppeteer's browser.version(), e.g. "firefox/140.12.0". */
  version: string;
  /** Closes the browser (a fresh profile is deleted with it). */
  close(): Promise<void>;
}

export declare function firefoxPath(): string;
export declare function firefoxVersion(path?: string): string;
export declare function assertFirefoxReady(options?: { extensionDir?: string | null }): void;
export declare function launchFirefox(options?: {
  /** The unpacked extension to install as a temporary add-on; null for none. */
  extensionDir?: string | null;
  /** A profile folder to use and keep (for a restart); a fresh one by default. */
  profileDir?: string;
  prefs?: Record<string, unknown>;
  lang?: string;
}): Promise<FirefoxWithExtension>;
export declare function bidi(browser: Browser, method: string, params: object): Promise<any>;
export declare function contextOf(page: Page): string;
export declare function navigate(page: Page, url: string): Promise<void>;
export declare function setViewport(page: Page, width: number, height: number): Promise<void>;
export declare function openExtensionPage(browser: Browser, path: string): Promise<Page>;
export declare function installPermanently(browser: Browser, zipPath: string): Promise<string>;
