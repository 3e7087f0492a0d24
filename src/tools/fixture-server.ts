/**
 * The fixture server for end-to-end tests and `npm start`: 127.0.0.1, a random port.
 *
 *   /pages/NAME            test/pages/NAME (our own HTML test pages)
 *   /pages/seed-demo.html  the demo news page, its article filled from
 *                          ../shared/fixtures/seed/article.txt at serve time
 *   /news/NAME/            ../shared/fixtures/news/NAME/source.html (saved real pages)
 *
 * It is also the browsers' HTTP proxy: loopback goes direct, so any request that reaches
 * the server as a proxy request (absolute URL or CONNECT) was bound for the outside world.
 * Those are refused and recorded in `outsideRequests`, so tests can assert that nothing
 * (the extension included) tried to leave the machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve, extname, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { fixturesDir, repoRoot } from './paths';

const pagesDir = resolve(repoRoot, 'test/pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface OutsideRequest {
  method: string;
  url: string;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  origin: string;
  /** host:port, for the browsers' proxy setting. */
  hostPort: string;
  /** Every request for a host other than this server, in order. Clear it with `.length = 0`. */
  outsideRequests: OutsideRequest[];
  close(): Promise<void>;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The seed article as HTML: first line the headline, then one <p> per blank-line-separated
 * block. Escaped here, on the server, so no fixture text is ever parsed as markup.
 */
export async function seedArticleHtml(): Promise<{ headline: string; body: string }> {
  const text = (await readFile(resolve(fixturesDir, 'seed/article.txt'), 'utf8')).replace(/\r\n/g, '\n');
  const [headline = '', ...blocks] = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const body = blocks.map((b) => `<p>${escapeHtml(b.replace(/\s*\n\s*/g, ' '))}</p>`).join('\n        ');
  return { headline: escapeHtml(headline), body };
}

async function renderSeedDemo(): Promise<string> {
  const template = await readFile(resolve(pagesDir, 'seed-demo.html'), 'utf8');
  const { headline, body } = await seedArticleHtml();
  return template.replaceAll('{{headline}}', headline).replace('{{body}}', body);
}

/** Resolves `rel` inside `dir`, or null if it would escape it. */
function inside(dir: string, rel: string): string | null {
  const full = resolve(dir, '.' + sep + rel);
  return full.startsWith(dir + sep) ? full : null;
}

async function fileFor(pathname: string): Promise<{ body: string | Buffer; type: string } | null> {
  if (pathname === '/' || pathname === '/pages/seed-demo.html') {
    return { body: await renderSeedDemo(), type: CONTENT_TYPES['.html']! };
  }
  const page = /^\/pages\/(.+)$/.exec(pathname);
  if (page) {
    const file = inside(pagesDir, decodeURIComponent(page[1]!));
    if (!file) return null;
    return { body: await readFile(file), type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
  }
  const news = /^\/news\/([\w-]+)\/?$/.exec(pathname);
  if (news) {
    return { body: await readFile(resolve(fixturesDir, 'news', news[1]!, 'source.html')), type: CONTENT_TYPES['.html']! };
  }
  return null;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const outsideRequests: OutsideRequest[] = [];

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    // A proxy request carries an absolute URL: it was meant for another host.
    if (req.url && !req.url.startsWith('/')) {
      outsideRequests.push({ method: req.method ?? 'GET', url: req.url });
      res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('blocked by the test server');
      return;
    }
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      const found = await fileFor(pathname);
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' }).end(missing ? 'not found' : String(error));
    }
  });
  // HTTPS to the outside arrives as CONNECT host:443.
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    outsideRequests.push({ method: 'CONNECT', url: req.url ?? '' });
    // The server hands this socket over with no error listener: a browser that resets the
    // refused tunnel (as Chromium may while starting or closing) would otherwise throw
    // "read ECONNRESET" into whatever test is running.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    outsideRequests,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // Browsers keep connections alive; without this, close() waits for their timeout.
        server.closeAllConnections();
      }),
  };
}
