/** Writes scripts/server/nginx.conf from src/lib/site/server-config.ts (run after changing the headers or caching rules). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderNginxServer } from '../../src/lib/site/server-config.ts';

export const NGINX_CONF = fileURLToPath(new URL('nginx.conf', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(NGINX_CONF, renderNginxServer());
  console.log(`Wrote ${NGINX_CONF}`);
}
