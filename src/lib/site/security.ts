/** The Content-Security-Policy every page carries in a <meta> tag, and the security headers a host sends with it. */

/**
 * - default-src 'self': everything (fonts, fetches, workers, frames) comes from this site or not at all.
 * - script-src 'self' 'wasm-unsafe-eval': scripts only as files from this site, never inline; Pagefind compiles
 *   WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
 * - style-src 'self': stylesheets only as files (astro.config.mjs sets build.inlineStylesheets: 'never'); no
 *   style attributes or <style> elements.
 * - img-src 'self' data:: images from this site, and data: URLs that CSS or Pagefind may use for small icons.
 * - object-src 'none'; base-uri 'self'; form-action 'self': no plugins, no <base> hijacking, forms post only here.
 * frame-ancestors, report-uri and sandbox are ignored in a <meta> policy: the header form below adds
 * `frame-ancestors 'none'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The same policy as an HTTP header, plus what only a header can carry: no site may show these pages in a frame. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Powerful features the site never uses, refused to it and to anything it might ever embed. */
export const PERMISSIONS_POLICY = ['accelerometer', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb']
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Headers every response carries on a host that can send headers (dist/_headers for Netlify and Cloudflare Pages,
 * scripts/server/nginx.conf), both rendered by src/lib/site/server-config.ts. nosniff: a file is only ever what its
 * Content-Type says; Referrer-Policy: other sites learn only this site's origin, never which page linked to them.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};
