/** 编号 parsing: seven characters, six digits then J (禁止) or X (限制). */
import type { Part } from './schemas.ts';

export const CODE_PATTERN = /^\d{6}[JX]$/;

/** The part a code's final letter marks. */
export function partOfCode(code: string): Part {
  return code.endsWith('J') ? '禁止' : '限制';
}

/** Folds full-width digits/letters and case so that `２０３９１２ｘ` and `203912x` read as 203912X; undefined if not a code. */
export function normalizeCode(input: string): string | undefined {
  const half = input
    .trim()
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toUpperCase();
  return CODE_PATTERN.test(half) ? half : undefined;
}
