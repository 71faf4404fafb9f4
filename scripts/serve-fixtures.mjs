// A tiny static file server for the demo pages in tests/fixtures/pages. Shared by the
// browser tests (tests/e2e/harness.ts) and `npm run demo` (scripts/demo.mjs), so both show the
// extension the same pages, over real http on 127.0.0.1 — content scripts do not run on file://
// unless the user allows it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the folder that holds the fixture pages. */
export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1. `port` 0 (the default) picks a free port.
 * @param {{ port?: number, root?: string }} [options]
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function serveFixtures({ port = 0, root = FIXTURE_PAGES_DIR } = {}) {
  const rootDir = resolve(root);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const file = join(rootDir, relative);
    // normalize() already collapses "..", this check keeps any escape out of the root for sure.
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
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
        for (const socket of sockets) socket.destroy();
        server.close(() => resolveClose());
      }),
  };
}
