// Types for extension-browser.mjs, so the TypeScript browser tests can import it.
import type { BrowserContext, Page, Worker } from 'playwright-core';

export declare const EXTENSION_DIR: string;
export declare const CHROMIUM_INSTALL_HINT: string;

/** What the content script answers to `{ type: 'get-status' }` (defined once, in src/messages.ts). */
export type { ShieldStatus } from '../src/messages';
import type { ShieldStatus } from '../src/messages';

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** The welcome page the extension opened on install, when launched with `keepWelcome`. */
  welcomePage?: Page;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

export declare function chromiumPath(): string;
export declare function assertBrowserReady(): void;
export declare function launchWithExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** The browser's language, which the extension's interface follows (default en-US). */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** An unpacked extension to load instead of the build (default EXTENSION_DIR). */
  extensionDir?: string;
  /** A phone's touch screen (Playwright's hasTouch and isMobile). */
  hasTouch?: boolean;
  isMobile?: boolean;
  /** Leave the welcome page the extension opens on install open (it is closed by default), as `welcomePage`. */
  keepWelcome?: boolean;
}): Promise<ExtensionBrowser>;
export declare function shieldStatus(serviceWorker: Worker, tabId: number): Promise<ShieldStatus>;
export declare function tabIdOf(page: Page, options?: { timeout?: number }): Promise<number>;
export declare function waitForShieldIdle(
  serviceWorker: Worker,
  tabId: number,
  options?: { timeout?: number },
): Promise<ShieldStatus>;
