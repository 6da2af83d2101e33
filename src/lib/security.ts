/** The Content-Security-Policy every page carries in a <meta> tag, and why each directive is what it is. */

/**
 * - default-src 'self': everything (fonts, fetches, workers, frames) comes from this site or not at all.
 * - script-src 'self' 'wasm-unsafe-eval': scripts only as files from this site, never inline; Pagefind compiles
 *   WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
 * - style-src 'self': stylesheets only as files (astro.config.mjs sets build.inlineStylesheets: 'never'); no
 *   style attributes or <style> elements.
 * - img-src 'self' data:: images from this site, and data: URLs that CSS or Pagefind may use for small icons.
 * - object-src 'none'; base-uri 'self'; form-action 'self': no plugins, no <base> hijacking, forms post only here.
 * frame-ancestors, report-uri and sandbox are ignored in a <meta> policy; a host that can send headers should add
 * `frame-ancestors 'none'` as an HTTP header.
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
