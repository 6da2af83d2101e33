import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
import { serveStatic } from '/work/main/scripts/serve-static.ts';
const srv = await serveStatic('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const res: Record<string, Record<number, number>> = {};
for (const w of [360, 1280]) {
  const p = await b.newPage({ viewport: { width: w, height: 800 } });
  await p.goto(srv.url + '/en/controls/2024-31/', { waitUntil: 'load' });
  const hs = await p.evaluate(() => [...document.querySelectorAll('main > *, main > article > *, main section > *')].map((e, i) => [`${i} ${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).split(' ')[0] : ''} ${(e.textContent ?? '').trim().slice(0, 40).replace(/\s+/g, ' ')}`, Math.round(e.getBoundingClientRect().height)] as [string, number]));
  for (const [k, h] of hs) (res[k] ??= {})[w] = h;
}
for (const [k, v] of Object.entries(res)) if ((v[360] ?? 0) > 300) console.log(String(v[360]).padStart(6), String(v[1280]).padStart(6), (v[360]! / v[1280]!).toFixed(2), k);
await b.close(); await srv.close();
