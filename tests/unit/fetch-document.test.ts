/**
 * fetchDocument against a local HTTP server, and against connections made to fail: every outcome and every reason,
 * word for word. (The whole fetch-official command, PDFs and caching, is tested in tests/site/fetch-official.test.ts.)
 */
import http from 'node:http';
import { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_FETCH, fetchDocument, type FetchOptions } from '../../src/lib/importer/fetch-document.ts';
import { startServer, type LocalServer } from '../helpers/local-server.ts';

const BODY = Buffer.from('正文 body text, long enough to be split: '.repeat(20));
/** What the server answers for each path: status, headers, then the body (or a function that writes it). */
type Route = [number, http.OutgoingHttpHeaders, Buffer | string | ((res: http.ServerResponse) => void)];
const ROUTES: Record<string, Route> = {
  '/doc': [200, { 'content-type': 'application/pdf', 'content-length': BODY.length }, BODY],
  '/gzip': [200, { 'content-encoding': 'GZIP' }, zlib.gzipSync(BODY)],
  '/deflate': [200, { 'content-encoding': 'deflate' }, zlib.deflateSync(BODY)],
  '/bad-gzip': [200, { 'content-encoding': 'gzip' }, 'not gzip'],
  '/no-location': [302, {}, ''],
  '/chain': [307, { location: '/redirect/308' }, ''],
  '/teapot': [418, {}, ''],
  '/no-text': [500, {}, ''],
  '/big': [200, { 'content-length': 1000 }, Buffer.alloc(1000)],
  '/big-unannounced': [200, {}, (res) => { res.write(Buffer.alloc(600)); setTimeout(() => res.end(Buffer.alloc(600)), 20); }],
  '/short': [200, { 'content-length': 100 }, (res) => { res.write(Buffer.alloc(40)); setTimeout(() => res.socket?.destroy(), 20); }],
  '/slow': [200, { 'content-length': 100 }, (res) => res.write(Buffer.alloc(30))],
  '/slow-unannounced': [200, {}, (res) => res.write(Buffer.alloc(7))],
};
const STATUS_TEXT: Record<string, string> = { '/teapot': 'I am a teapot', '/no-text': '' };
let server: LocalServer;
let base = '';
let host = '';
let seen: http.IncomingHttpHeaders = {};

beforeAll(async () => {
  server = await startServer((req, res) => {
    seen = req.headers;
    const path = req.url ?? '';
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    const [status, headers, body] = redirect ? [Number(redirect[1]), { location: '../doc' }, ''] as Route : (ROUTES[path] ?? [404, {}, '']);
    if (path in STATUS_TEXT) res.writeHead(status, STATUS_TEXT[path]!, headers);
    else res.writeHead(status, headers);
    if (typeof body === 'function') body(res);
    else res.end(body);
  });
  ({ base, host } = server);
});

afterAll(() => server.close());

const opts = (o: Partial<FetchOptions> = {}): FetchOptions => ({ ...DEFAULT_FETCH, timeoutMs: 2000, ...o });

describe('a document that arrives', () => {
  test('status 200: the body, its type, no hops, and the request names us and asks for PDF first', async () => {
    const r = await fetchDocument(`${base}/doc`, opts());
    expect(r).toEqual({ ok: true, url: `${base}/doc`, finalUrl: `${base}/doc`, hops: [], status: 200, contentType: 'application/pdf', body: BODY });
    expect(seen['user-agent']).toBe('export-tech-catalogue fetch-official (Node.js)');
    expect(seen.accept).toBe('application/pdf, text/html;q=0.9, */*;q=0.5');
    expect(seen['accept-encoding']).toBe('gzip, deflate');
  });

  test.each(['gzip', 'deflate'])('a %s body is unpacked (the encoding name in any case)', async (path) => {
    const r = await fetchDocument(`${base}/${path}`, opts());
    expect(r.ok && r.body.equals(BODY)).toBe(true);
  });

  test.each([301, 302, 303, 307, 308])('HTTP %i is followed, the relative Location resolved and recorded', async (status) => {
    const r = await fetchDocument(`${base}/redirect/${status}`, opts());
    expect(r.ok).toBe(true);
    expect(r.finalUrl).toBe(`${base}/doc`);
    expect(r.hops).toEqual([{ status, from: `${base}/redirect/${status}`, to: `${base}/doc` }]);
  });

  test('a chain of redirects: each hop in order', async () => {
    const r = await fetchDocument(`${base}/chain`, opts());
    expect(r.hops).toEqual([
      { status: 307, from: `${base}/chain`, to: `${base}/redirect/308` },
      { status: 308, from: `${base}/redirect/308`, to: `${base}/doc` },
    ]);
  });

  test('exactly maxRedirects redirects are followed', async () => {
    expect((await fetchDocument(`${base}/chain`, opts({ maxRedirects: 2 }))).ok).toBe(true);
  });
});

describe('what is refused, and why (word for word)', () => {
  const cases: [string, () => string, Partial<FetchOptions>, () => string][] = [
    ['a 404', () => `${base}/gone`, {}, () => 'HTTP 404 Not Found'],
    ['a status with its own text', () => `${base}/teapot`, {}, () => 'HTTP 418 I am a teapot'],
    ['a status without text', () => `${base}/no-text`, {}, () => 'HTTP 500'],
    ['a redirect without a Location', () => `${base}/no-location`, {}, () => 'HTTP 302 without a Location header'],
    ['a redirect too many', () => `${base}/chain`, { maxRedirects: 1 }, () => `more than 1 redirects (the next was to ${base}/doc)`],
    ['a body that cannot be unpacked', () => `${base}/bad-gzip`, {}, () => 'the gzip body could not be unpacked: incorrect header check'],
    ['a body announced larger than accepted', () => `${base}/big`, { maxBytes: 999 }, () => 'the document is 1000 bytes, more than the 999 accepted'],
    ['a body that grows larger than accepted', () => `${base}/big-unannounced`, { maxBytes: 1000 }, () => 'more than 1000 bytes arrived; stopped'],
    ['a connection closed before the announced length', () => `${base}/short`, {}, () => 'the connection closed after 40 of 100 bytes'],
    ['too slow, length announced', () => `${base}/slow`, { timeoutMs: 300 }, () => `no complete answer within 0.3 s (--timeout): 30 of 100 bytes received from ${host}`],
    ['too slow, no length', () => `${base}/slow-unannounced`, { timeoutMs: 250 }, () => `no complete answer within 0.25 s (--timeout): 7 bytes received from ${host}`],
    ['not a URL', () => 'catalogue.pdf', {}, () => '"catalogue.pdf" is not a valid URL'],
    ['not http', () => 'ftp://example.org/catalogue.pdf', {}, () => 'ftp: addresses cannot be fetched (only http and https)'],
  ];
  test.each(cases)('%s', async (_name, url, o, reason) => {
    const r = await fetchDocument(url(), opts(o));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe(reason());
    expect(r.url).toBe(url());
  });

  test('exactly maxBytes is accepted, announced or not', async () => {
    expect((await fetchDocument(`${base}/big`, opts({ maxBytes: 1000 }))).ok).toBe(true);
    expect((await fetchDocument(`${base}/big-unannounced`, opts({ maxBytes: 1200 }))).ok).toBe(true);
  });

  test('a refusal after redirects keeps the hops and the address it ended on', async () => {
    const r = await fetchDocument(`${base}/chain`, opts({ maxRedirects: 1 }));
    expect(r.finalUrl).toBe(`${base}/redirect/308`);
    expect(r.hops).toEqual([{ status: 307, from: `${base}/chain`, to: `${base}/redirect/308` }]);
  });
});

describe('network failures, in words (a connection made to fail)', () => {
  /** A socket that fails with `code` as soon as it is used. */
  const failing = (code: string | undefined, message = 'boom') => () => {
    const s = new Duplex({ read() {}, write: (_c, _e, done) => done() });
    setImmediate(() => s.destroy(Object.assign(new Error(message), code ? { code } : {})));
    return s;
  };
  const cases: [string | undefined, string, string][] = [
    ['ENOTFOUND', 'http://official.invalid/a.pdf', 'the name official.invalid could not be resolved (ENOTFOUND): no network, or no such host'],
    ['EAI_AGAIN', 'http://official.invalid/a.pdf', 'the name official.invalid could not be resolved (EAI_AGAIN): no DNS answer, probably no network'],
    ['ECONNREFUSED', 'http://192.0.2.1:8080/a.pdf', 'the connection to 192.0.2.1:8080 was refused (ECONNREFUSED)'],
    ['ECONNREFUSED', 'http://192.0.2.1/a.pdf', 'the connection to 192.0.2.1 was refused (ECONNREFUSED)'],
    ['ENETUNREACH', 'http://192.0.2.1/a.pdf', '192.0.2.1 is unreachable from here (ENETUNREACH): no network route'],
    ['EHOSTUNREACH', 'http://192.0.2.1:81/a.pdf', '192.0.2.1:81 is unreachable from here (EHOSTUNREACH): no network route'],
    ['ECONNRESET', 'http://192.0.2.1/a.pdf', 'the connection to 192.0.2.1 was reset (ECONNRESET)'],
    ['EPROTO', 'http://192.0.2.1/a.pdf', 'EPROTO: boom'],
    [undefined, 'http://192.0.2.1/a.pdf', 'boom'],
  ];
  test.each(cases)('%s at %s', async (code, url, reason) => {
    const r = await fetchDocument(url, opts({ createConnection: failing(code) }));
    expect(r).toEqual({ ok: false, url, finalUrl: url, hops: [], reason });
  });

  test('a connection that never opens: the connect timeout, or the whole timeout when that is shorter', async () => {
    const never = () => Object.assign(new Duplex({ read() {}, write: (_c, _e, done) => done() }), { connecting: true });
    const a = await fetchDocument('http://192.0.2.1/a.pdf', opts({ createConnection: never, connectTimeoutMs: 150, timeoutMs: 5000 }));
    expect(!a.ok && a.reason).toBe('could not connect to 192.0.2.1 within 0.15 s: no network, or the host does not answer');
    const b = await fetchDocument('http://192.0.2.1/a.pdf', opts({ createConnection: never, connectTimeoutMs: 5000, timeoutMs: 120 }));
    expect(!b.ok && b.reason).toMatch(/^(could not connect to 192\.0\.2\.1 within 0\.12 s: no network, or the host does not answer|no complete answer within 0\.12 s \(--timeout\): 0 bytes received from 192\.0\.2\.1)$/);
  });
});
