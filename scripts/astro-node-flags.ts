/**
 * Node flags of the Astro process that builds the site (scripts/build.ts, and the bench's profiled builds).
 *
 * A young generation of 64 MB (V8's default is 16 MB): every page allocates its HTML and render tree and drops them;
 * with the default, much of that was copied again and again or promoted, and garbage collection took about a sixth of
 * a large build. Measured on the 1 000-entry benchmark (a busy machine): 938 → 259 scavenges, build CPU 87 → 73 s,
 * peak memory about 150 MB more.
 */
export const ASTRO_NODE_FLAGS = ['--max-semi-space-size=64'];
