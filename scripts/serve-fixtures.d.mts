// Types for serve-fixtures.mjs, so the TypeScript browser tests can import it.
export declare const FIXTURE_PAGES_DIR: string;

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `root` (default tests/fixtures/pages) on 127.0.0.1; port 0 picks a free one. */
export declare function serveFixtures(options?: { port?: number; root?: string }): Promise<FixtureServer>;
