// The portal's production server: Next's own request handler (the documented custom server,
// node_modules/next/dist/docs/01-app/02-guides/custom-server.md) behind two checks `next start`
// cannot make (issue 13):
//   - the client's address from the socket itself: written into a header on every request,
//     overwriting whatever the client sent under that name (lib/auth/client-address.ts reads it);
//     `next start` only fills X-Forwarded-For when the client sent none;
//   - a request Next would answer with a bare 500 — a path or query that is not valid percent-
//     encoded UTF-8 (/%ff, /downloads/%c0%ae%c0%ae%2f…), a method the portal does not serve
//     (TRACE, PUT …), a form or server action posted from another site's page (Next refuses it
//     too, with a 500) — gets 400, 405 or 403 here, with the security headers every response
//     carries;
//   - a default Content-Security-Policy on every response, for those neither the proxy nor
//     next.config.ts gives one (Next's own 404 for /package.json is a page too).
// Everything else is Next's, unchanged. scripts/serve.ts (npm start) and the tests' production
// servers run this file instead of `next start`; it takes the same PORT and HOSTNAME.
//   node scripts/next-server.mjs [--port 3000] [--hostname 0.0.0.0]
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import next from 'next';

const require = createRequire(import.meta.url);
const { commonSecurityHeaders, DATA_CSP, publicCsp } = require('../lib/security/common-headers.cjs');

/** Keep in step with PEER_HEADER in lib/auth/client-address.ts. */
const PEER_HEADER = 'x-registry-peer-address';
/** What the portal serves: pages and the API are read with GET and HEAD, forms post. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
/** The site's own origin (SITE_URL): the one other than the request's Host that may post. */
const siteHost = process.env.SITE_URL ? new URL(process.env.SITE_URL).host : null;
const hostname = values.hostname ?? process.env.HOSTNAME ?? undefined;

/** Whether a path or query decodes: every %XX sequence is valid UTF-8. */
function isWellEncoded(target) {
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt + 1);
  try {
    decodeURIComponent(path);
    decodeURIComponent(query.replaceAll('+', ' '));
    return !path.includes('\0');
  } catch {
    return false;
  }
}

/** A POST whose Origin names another site (CSRF): browsers always send Origin with a form's POST. */
function isCrossSitePost(request) {
  const origin = request.headers.origin;
  if (request.method !== 'POST' || !origin) return false;
  let host;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  return host !== request.headers.host && host !== siteHost;
}

function refuse(response, status, message, extra = {}) {
  const body = `${message}\n`;
  response.writeHead(status, {
    ...Object.fromEntries(commonSecurityHeaders().map((header) => [header.key, header.value])),
    'Content-Security-Policy': DATA_CSP,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

const app = next({ dev: false, port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

/** Writes the socket's address under PEER_HEADER, dropping any the client sent under that name. */
function writePeer(request) {
  const raw = request.rawHeaders;
  for (let index = raw.length - 2; index >= 0; index -= 2) {
    if (raw[index].toLowerCase() === PEER_HEADER) raw.splice(index, 2);
  }
  const address = request.socket.remoteAddress ?? '';
  raw.push(PEER_HEADER, address);
  request.headers[PEER_HEADER] = address;
}

const server = createServer((request, response) => {
  writePeer(request);
  // A default policy, replaced by the page's or the route's own (the proxy, next.config.ts): what
  // neither sets — Next's 404 for a file name or a build path — still carries one.
  response.setHeader('Content-Security-Policy', publicCsp());
  if (!METHODS.has(request.method ?? '')) return refuse(response, 405, 'Method not allowed', { Allow: [...METHODS].join(', ') });
  if (!isWellEncoded(request.url ?? '/')) return refuse(response, 400, 'Bad request: the address is not valid percent-encoded UTF-8');
  if (isCrossSitePost(request)) return refuse(response, 403, 'Forbidden: posted from another site');
  handle(request, response).catch((error) => {
    console.error('Unhandled error in a request', error);
    if (!response.headersSent) refuse(response, 500, 'Internal server error');
    else response.destroy();
  });
});
// As `next start`: keep-alive longer than a proxy's idle timeout, so the proxy closes first.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`▲ Next.js ${process.env.NODE_ENV ?? 'production'} server on http://${hostname ?? 'localhost'}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
