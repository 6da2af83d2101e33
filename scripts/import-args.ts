/** The command-line options `npm run import` and `npm run fetch-official` share, parsed once for both. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What both commands take: which document (an edition or an amendment), and how to write it. */
export const SHARED_OPTIONS = {
  edition: { type: 'string' },
  amendment: { type: 'string' },
  'source-title': { type: 'string' },
  'text-out': { type: 'string' },
  root: { type: 'string' },
  force: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `argv` with the shared options and a command's own; on an unknown option, or unless exactly one of --edition
 * and --amendment is given, logs the usage (after the parser's message, if any) and returns undefined.
 */
export function parseImportArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  own: O,
  usage: string,
  log: (s: string) => void,
  allowPositionals = false,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals, options: { ...SHARED_OPTIONS, ...own } as typeof SHARED_OPTIONS & O });
  } catch (e) {
    log(`${(e as Error).message}\n${usage}`);
    return undefined;
  }
  const which = parsed.values as { edition?: string; amendment?: string };
  if (Boolean(which.edition) === Boolean(which.amendment)) {
    log(usage);
    return undefined;
  }
  return parsed;
}
