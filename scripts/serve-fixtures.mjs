// A tiny static file server for the demo pages in tests/fixtures/pages. Shared by the
// browser tests (tests/e2e/harness.ts) and `npm run demo` (scripts/demo.mjs), so both show the
// extension the same pages, over real http on 127.0.0.1 — content scripts do not run on file://
// unless the user allows it.
//
// Two routes besides the files themselves, for the pages of tests/fixtures/pages/live:
// - /stream/<path>?delay=200 sends <path> in pieces split at each `<!--chunk-->` comment, `delay` ms
//   apart, the way a slow server streams a long page (issue 4: no flash while a page loads).
// - /vendor/preact.mjs and /vendor/preact-hooks.mjs serve Preact's own ESM builds from node_modules, so
//   a fixture app is a real Preact app without a bundler (its import map names them).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the folder that holds the fixture pages. */
export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));

/** Where a streamed file is cut. */
export const CHUNK_MARKER = '<!--chunk-->';
/** Milliseconds between streamed pieces when the URL gives no `delay`. */
export const DEFAULT_STREAM_DELAY_MS = 200;
const MAX_STREAM_DELAY_MS = 5_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const require = createRequire(import.meta.url);
/** The installed Preact package, found the way Node finds it. */
const preactDir = () => dirname(require.resolve('preact/package.json'));
/** /vendor/<name> → a file of an installed package. */
const VENDOR_FILES = {
  'preact.mjs': () => join(preactDir(), 'dist', 'preact.module.js'),
  'preact-hooks.mjs': () => join(preactDir(), 'hooks', 'dist', 'hooks.module.js'),
};

/**
 * Serves `root` on 127.0.0.1. `port` 0 (the default) picks a free port.
 * @param {{ port?: number, root?: string }} [options]
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function serveFixtures({ port = 0, root = FIXTURE_PAGES_DIR } = {}) {
  const rootDir = resolve(root);
  /** Timers of streams still being sent, cleared on close. */
  const streamTimers = new Set();

  /** The file under the root for a URL path, or null when the path would leave the root. */
  const fileFor = (pathname) => {
    const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const file = join(rootDir, relative);
    // normalize() already collapses "..", this check keeps any escape out of the root for sure.
    return file !== rootDir && !file.startsWith(rootDir + sep) ? null : file;
  };

  const sendFile = async (request, response, file) => {
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };

  const sendStream = async (request, response, file, delayMs) => {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // No Content-Length: the response goes out chunked, each piece as soon as it is written.
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const pieces = text.split(CHUNK_MARKER);
    for (let i = 0; i < pieces.length; i++) {
      if (response.destroyed) return;
      if (i > 0) {
        await new Promise((done) => {
          const timer = setTimeout(() => {
            streamTimers.delete(timer);
            done(undefined);
          }, delayMs);
          streamTimers.add(timer);
        });
        if (response.destroyed) return;
      }
      response.write(pieces[i]);
    }
    response.end();
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    if (pathname.startsWith('/vendor/')) {
      const vendor = VENDOR_FILES[pathname.slice('/vendor/'.length)];
      if (vendor) return sendFile(request, response, vendor());
    }
    if (pathname.startsWith('/stream/')) {
      const file = fileFor(pathname.slice('/stream'.length));
      if (!file) return void response.writeHead(403).end('Forbidden');
      const asked = Number(url.searchParams.get('delay') ?? DEFAULT_STREAM_DELAY_MS);
      const delayMs = Number.isFinite(asked) ? Math.min(Math.max(asked, 0), MAX_STREAM_DELAY_MS) : DEFAULT_STREAM_DELAY_MS;
      return sendStream(request, response, file, delayMs);
    }
    const file = fileFor(pathname);
    if (!file) return void response.writeHead(403).end('Forbidden');
    return sendFile(request, response, file);
  });
  // Keep-alive sockets from the browser would otherwise hold close() open until they time out.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    port: boundPort,
    close: () =>
      new Promise((resolveClose) => {
        for (const timer of streamTimers) clearTimeout(timer);
        streamTimers.clear();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolveClose());
      }),
  };
}
