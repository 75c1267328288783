/**
 * A small static server for the built site, under its sub-path, as a plain static host would serve it: directory
 * indexes, the site's 404 page, and no caching tricks. The tests, screenshots, PDFs and benchmarks use it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
};

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

async function fileAt(root: string, pathname: string): Promise<string | undefined> {
  const target = path.join(root, pathname);
  if (!target.startsWith(root)) return undefined;
  try {
    const info = await stat(target);
    if (info.isFile()) return target;
    if (info.isDirectory()) {
      const index = path.join(target, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Not found: fall through.
  }
  return undefined;
}

/** Types a host compresses when `compress` is set (fonts, images and Pagefind's files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

/**
 * `compress: true` answers gzip to browsers that accept it, as the usual static hosts do (GitHub Pages, Netlify,
 * nginx with gzip on); Lighthouse measures with it, so that page weight is counted as readers receive it.
 */
export function startStaticServer(options: {
  root: string;
  base?: string;
  port?: number;
  host?: string;
  compress?: boolean;
}): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) {
        response.writeHead(301, { location: base }).end();
        return;
      }
      pathname = '/__not_under_base__';
    } else {
      pathname = `/${pathname.slice(base.length)}`;
    }
    if (!pathname.endsWith('/') && !path.extname(pathname) && (await fileAt(root, `${pathname}/`))) {
      response.writeHead(301, { location: `${base}${pathname.slice(1)}/${url.search}` }).end();
      return;
    }
    const file = await fileAt(root, pathname);
    const status = file ? 200 : 404;
    const served = file ?? (await fileAt(root, '/404.html'));
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan');
      return;
    }
    const gzip =
      options.compress === true && COMPRESSIBLE.has(path.extname(served)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(status, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(served).pipe(createGzip()).pipe(response);
    else createReadStream(served).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
