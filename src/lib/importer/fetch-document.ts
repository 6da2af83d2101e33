/** Downloads one document over HTTP(S) with node:http: a short connect timeout, a whole-download timeout, redirects followed and recorded. */
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';

export interface FetchOptions {
  /** Longest time for the whole download of one URL, redirects included (ms). */
  timeoutMs: number;
  /** Longest time to resolve the name and open the connection, for each request (ms). */
  connectTimeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Largest body accepted (bytes). */
  maxBytes: number;
  /** Opens the connection instead of node's default (tests use it to stand for a network that never answers). */
  createConnection?: (url: URL) => Duplex;
}

export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 60_000, connectTimeoutMs: 5_000, maxRedirects: 5, maxBytes: 200 * 1024 * 1024 };

/** A redirect that was followed. */
export interface Hop {
  status: number;
  from: string;
  to: string;
}

export type FetchResult =
  | { ok: true; url: string; finalUrl: string; hops: Hop[]; status: number; contentType?: string; body: Buffer }
  | { ok: false; url: string; finalUrl: string; hops: Hop[]; reason: string };

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** What a socket error means, in words a reader without the Node.js docs understands. */
function networkReason(e: NodeJS.ErrnoException, url: URL): string {
  const where = `${url.hostname}${url.port ? `:${url.port}` : ''}`;
  switch (e.code) {
    case 'ENOTFOUND':
      return `the name ${url.hostname} could not be resolved (ENOTFOUND): no network, or no such host`;
    case 'EAI_AGAIN':
      return `the name ${url.hostname} could not be resolved (EAI_AGAIN): no DNS answer, probably no network`;
    case 'ECONNREFUSED':
      return `the connection to ${where} was refused (ECONNREFUSED)`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `${where} is unreachable from here (${e.code}): no network route`;
    case 'ECONNRESET':
      return `the connection to ${where} was reset (ECONNRESET)`;
    default:
      return `${e.code ? `${e.code}: ` : ''}${e.message}`;
  }
}

/**
 * Fetches `url`. Never throws: every failure comes back as a reason. Only status 200 is a success; 301, 302, 303, 307
 * and 308 are followed (relative locations resolved) up to `maxRedirects`; gzip and deflate bodies are unpacked; a
 * body shorter than its Content-Length is a failure.
 */
export async function fetchDocument(url: string, opts: FetchOptions = DEFAULT_FETCH): Promise<FetchResult> {
  const hops: Hop[] = [];
  const deadline = Date.now() + opts.timeoutMs;
  let current = url;
  for (;;) {
    let target: URL;
    try {
      target = new URL(current);
    } catch {
      return { ok: false, url, finalUrl: current, hops, reason: `"${current}" is not a valid URL` };
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      return { ok: false, url, finalUrl: current, hops, reason: `${target.protocol} addresses cannot be fetched (only http and https)` };
    }
    const r = await request(target, opts, deadline);
    if (r.kind === 'error') return { ok: false, url, finalUrl: current, hops, reason: r.reason };
    if ([301, 302, 303, 307, 308].includes(r.status)) {
      if (!r.location) return { ok: false, url, finalUrl: current, hops, reason: `HTTP ${r.status} without a Location header` };
      const next = new URL(r.location, target).href;
      if (hops.length >= opts.maxRedirects) {
        return { ok: false, url, finalUrl: current, hops, reason: `more than ${opts.maxRedirects} redirects (the next was to ${next})` };
      }
      hops.push({ status: r.status, from: current, to: next });
      current = next;
      continue;
    }
    if (r.status !== 200) return { ok: false, url, finalUrl: current, hops, reason: `HTTP ${r.status}${r.statusText ? ` ${r.statusText}` : ''}` };
    return { ok: true, url, finalUrl: current, hops, status: r.status, contentType: r.contentType, body: r.body! };
  }
}

type Answer =
  | { kind: 'error'; reason: string }
  | { kind: 'answer'; status: number; statusText?: string; location?: string; contentType?: string; body?: Buffer };

/** One request: the connect timer runs until the socket connects, the deadline until the last byte. */
function request(url: URL, opts: FetchOptions, deadline: number): Promise<Answer> {
  return new Promise((resolve) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    let received = 0;
    let expected: number | undefined;
    const done = (a: Answer) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      req.destroy();
      resolve(a);
    };
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, {
      method: 'GET',
      headers: {
        'user-agent': 'export-tech-catalogue fetch-official (Node.js)',
        accept: 'application/pdf, text/html;q=0.9, */*;q=0.5',
        'accept-encoding': 'gzip, deflate',
      },
      ...(opts.createConnection ? { createConnection: () => opts.createConnection!(url) as never } : {}),
    });
    const left = Math.max(0, deadline - Date.now());
    timers.push(
      setTimeout(() => {
        const got = expected !== undefined ? `${received} of ${expected} bytes` : `${received} bytes`;
        done({ kind: 'error', reason: `no complete answer within ${seconds(opts.timeoutMs)} (--timeout): ${got} received from ${url.host}` });
      }, left),
    );
    const connectTimer = setTimeout(
      () => done({ kind: 'error', reason: `could not connect to ${url.host} within ${seconds(Math.min(opts.connectTimeoutMs, left))}: no network, or the host does not answer` }),
      Math.min(opts.connectTimeoutMs, left),
    );
    timers.push(connectTimer);
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (e: NodeJS.ErrnoException) => done({ kind: 'error', reason: networkReason(e, url) }));
    req.on('response', (res) => {
      clearTimeout(connectTimer);
      const status = res.statusCode ?? 0;
      const base = { kind: 'answer' as const, status, statusText: res.statusMessage, location: res.headers.location, contentType: res.headers['content-type'] };
      if (status !== 200) {
        res.resume();
        done(base);
        return;
      }
      const length = res.headers['content-length'];
      expected = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
      if (expected !== undefined && expected > opts.maxBytes) {
        done({ kind: 'error', reason: `the document is ${expected} bytes, more than the ${opts.maxBytes} accepted` });
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => {
        received += c.length;
        if (received > opts.maxBytes) done({ kind: 'error', reason: `more than ${opts.maxBytes} bytes arrived; stopped` });
        else chunks.push(c);
      });
      res.on('aborted', () => done({ kind: 'error', reason: `the connection closed after ${received}${expected !== undefined ? ` of ${expected}` : ''} bytes` }));
      res.on('error', () => done({ kind: 'error', reason: `the connection closed after ${received}${expected !== undefined ? ` of ${expected}` : ''} bytes` }));
      res.on('end', () => {
        if (expected !== undefined && received < expected) {
          done({ kind: 'error', reason: `the connection closed after ${received} of ${expected} bytes` });
          return;
        }
        const raw = Buffer.concat(chunks);
        const encoding = (res.headers['content-encoding'] ?? '').toLowerCase();
        try {
          const body = encoding === 'gzip' ? zlib.gunzipSync(raw) : encoding === 'deflate' ? zlib.inflateSync(raw) : raw;
          done({ ...base, body });
        } catch (e) {
          done({ kind: 'error', reason: `the ${encoding} body could not be unpacked: ${(e as Error).message}` });
        }
      });
    });
    req.end();
  });
}
