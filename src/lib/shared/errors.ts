/** Content errors that name the file, the field and the reason, and the formatting of zod issues into them. */
import type { ZodError, ZodIssue } from 'zod';

export interface ContentProblem {
  file: string;
  field: string;
  reason: string;
}

/** Thrown when content is invalid; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** One line per problem: `file — field: reason`. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `${p.file} — ${p.field}: ${p.reason}`);
  return `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** Dotted field path as a reader would write it: controlPoints[2].n */
export function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '') || '(file)';
}

/** zod's own wording is replaced by ours; a message written in a schema is kept as written. */
function issueReason(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined' && issue.message === 'Required') return 'is required';
  if (issue.code === 'unrecognized_keys' && issue.message.startsWith('Unrecognized key')) {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Expected ')) return `must be ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

/** Turns a zod error into problems for one file. */
export function zodProblems(file: string, error: ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), reason: issueReason(issue) }));
}
