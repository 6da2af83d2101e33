/** Without nginx the server test fails, and the message says how to install it — it never skips. */
import { afterEach, describe, expect, test } from 'vitest';
import { renderNginxServer } from '../../src/lib/site/server-config.ts';
import { localServerBlock, nginxPath } from '../helpers/nginx.ts';

const saved = process.env.NGINX_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.NGINX_PATH;
  else process.env.NGINX_PATH = saved;
});

describe('finding nginx', () => {
  test('a missing nginx is an error naming the path and the fix', () => {
    process.env.NGINX_PATH = '/nonexistent/nginx';
    expect(() => nginxPath()).toThrow(
      'The server test needs nginx, looked for it at /nonexistent/nginx. Install it with `apt-get install -y nginx` ' +
        '(Debian; `apt-get install -y libnginx-mod-http-brotli-static` adds brotli), or set NGINX_PATH to an nginx binary. ' +
        'See README.md, "Prerequisites".',
    );
  });

  test('NGINX_PATH is honoured when it exists', () => {
    process.env.NGINX_PATH = process.execPath;
    expect(nginxPath()).toBe(process.execPath);
  });
});

describe('the shipped block made local', () => {
  test('only the listen lines, the root and (without the module) the brotli line change', () => {
    const conf = renderNginxServer();
    const local = localServerBlock(conf, { port: 8123, root: '/tmp/site', brotli: false });
    expect(local).toContain('    listen 127.0.0.1:8123;\n');
    expect(local).toContain('    root "/tmp/site";\n');
    expect(local).not.toMatch(/^\s+(listen 80|listen \[::\]:80|brotli_static|root \/srv)/m);
    expect(conf.split('\n').length - local.split('\n').length).toBe(2);
    expect(localServerBlock(conf, { port: 8123, root: '/tmp/site', brotli: true })).toContain('    brotli_static on;\n');
  });

  test('a block without the expected line is refused, naming the line', () => {
    expect(() => localServerBlock('server {}', { port: 1, root: '/x', brotli: true })).toThrow(
      'scripts/server/nginx.conf should contain "    listen 80;\\n    listen [::]:80;\\n" once, found 0',
    );
  });
});
