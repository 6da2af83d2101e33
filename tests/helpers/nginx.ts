/**
 * Runs Debian's nginx with the shipped server block (scripts/server/nginx.conf) on a free local port, in a temporary
 * prefix folder that holds its main configuration, pid file, logs and temp folders. Fails loudly, with the fix, when
 * nginx is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_BROTLI_LINE, NGINX_ROOT } from '../../src/lib/site/server-config.ts';

/** Debian's dynamic module for brotli_static (package libnginx-mod-http-brotli-static). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** The MIME types nginx-common installs; the shipped block relies on them (and adds text/csv). */
export const MIME_TYPES = '/etc/nginx/mime.types';

export function nginxPath(): string {
  const path = process.env.NGINX_PATH || '/usr/sbin/nginx';
  if (!existsSync(path)) {
    throw new Error(
      `The server test needs nginx, looked for it at ${path}. Install it with \`apt-get install -y nginx\` ` +
        '(Debian; `apt-get install -y libnginx-mod-http-brotli-static` adds brotli), or set NGINX_PATH to an nginx binary. ' +
        'See README.md, "Prerequisites".',
    );
  }
  return path;
}

/** Replaces exactly one occurrence of `from`, or says which line the shipped block no longer has. */
function replaceOnce(text: string, from: string, to: string): string {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`scripts/server/nginx.conf should contain ${JSON.stringify(from)} once, found ${n}`);
  return text.replace(from, () => to);
}

/**
 * The shipped block as a reader would adapt it: listen on 127.0.0.1:<port> instead of port 80, `root` the built site,
 * and the brotli_static line deleted when the module is not installed. Nothing else changes.
 */
export function localServerBlock(conf: string, opts: { port: number; root: string; brotli: boolean }): string {
  let out = replaceOnce(conf, '    listen 80;\n    listen [::]:80;\n', `    listen 127.0.0.1:${opts.port};\n`);
  out = replaceOnce(out, `    root ${NGINX_ROOT};\n`, `    root "${opts.root}";\n`);
  if (!opts.brotli) out = replaceOnce(out, `${NGINX_BROTLI_LINE}\n`, '');
  return out;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => ok(port));
    });
  });
}

export interface Nginx {
  url: string;
  /** Whether brotli_static is on (the module is installed and loaded). */
  brotli: boolean;
  /** The temporary prefix folder (configuration, logs). */
  dir: string;
  close(): Promise<void>;
}

/** Starts nginx in the foreground (`daemon off`) serving `siteDir` through `serverBlock`; resolves once it answers. */
export async function startNginx(siteDir: string, serverBlock: string): Promise<Nginx> {
  const bin = nginxPath();
  const brotli = existsSync(BROTLI_MODULE);
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const main = join(dir, 'nginx.conf');
  const errorLog = join(dir, 'error.log');
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    writeFileSync(join(dir, 'site.conf'), localServerBlock(serverBlock, { port, root: resolve(siteDir), brotli }));
    writeFileSync(
      main,
      [
        'daemon off;',
        'worker_processes 1;',
        // Run as root, the workers would otherwise be `nobody`, who may not read a site under a private home folder.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        `pid ${join(dir, 'nginx.pid')};`,
        `error_log ${errorLog} warn;`,
        ...(brotli ? [`load_module ${BROTLI_MODULE};`] : []),
        'events { worker_connections 256; }',
        'http {',
        `    include ${MIME_TYPES};`,
        '    default_type application/octet-stream;',
        `    access_log ${join(dir, 'access.log')};`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(dir, t === 'client_body' ? 'body' : t)};`),
        '    sendfile on;',
        `    include ${join(dir, 'site.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const child = spawn(bin, ['-p', dir, '-c', main, '-e', errorLog], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const url = `http://127.0.0.1:${port}`;
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    const ready = await Promise.race([waitForAnswer(url), exited.then(() => false)]);
    if (ready) return { url, brotli, dir, close: () => stop(child, exited, dir) };
    await stop(child, exited, undefined);
    lastError = `${output}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
    if (!/Address already in use/.test(lastError)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`nginx did not start with scripts/server/nginx.conf:\n${lastError}`);
}

/** True once `url` answers any HTTP status, false after 10 s. */
async function waitForAnswer(url: string): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const answered = await new Promise<boolean>((ok) => {
      const req = get(url, (res) => {
        res.resume();
        ok(true);
      });
      req.on('error', () => ok(false));
    });
    if (answered) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** Graceful stop (SIGQUIT) of the master started here, then SIGKILL after 5 s; removes the prefix folder. */
async function stop(child: ChildProcess, exited: Promise<number | null>, dir: string | undefined): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}
