// Types for serve-fixtures.mjs, so the TypeScript browser tests can import it.
export declare const FIXTURE_PAGES_DIR: string;
/** The comment at which `/stream/<path>` cuts a file into pieces. */
export declare const CHUNK_MARKER: string;
/** Milliseconds between streamed pieces when the URL gives no `delay`. */
export declare const DEFAULT_STREAM_DELAY_MS: number;

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `root` (default tests/fixtures/pages) on 127.0.0.1; port 0 picks a free one. Also
 * `/stream/<path>?delay=ms` (the file in pieces cut at `<!--chunk-->`, `delay` ms apart) and
 * `/vendor/preact.mjs`, `/vendor/preact-hooks.mjs` (Preact's ESM builds from node_modules).
 */
export declare function serveFixtures(options?: { port?: number; root?: string }): Promise<FixtureServer>;
