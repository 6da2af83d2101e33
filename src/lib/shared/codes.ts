/** Code parsing for both regimes: the catalogue's 编号 (six digits then J or X) and the dual-use list's 管制编码 (1E902.a). */

/** The catalogue's two parts, which the final letter of a 编号 marks: J 禁止, X 限制. */
export const PARTS = ['禁止', '限制'] as const;
export type Part = (typeof PARTS)[number];

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

/**
 * 管制编码 of the dual-use items export control list: a digit (sector), a letter A–E (item type), three digits, then
 * optional sub-item parts such as .a or .a.1 (1E902.a, 2B902, 3C901.a.1).
 */
export const CONTROL_CODE_PATTERN = /^\d[A-E]\d{3}(?:\.[a-z0-9]+)*$/;

/** Folds width and case so that `１ｅ９０２．Ａ` and `1e902.a` read as 1E902.a; undefined if not a control code. */
export function normalizeControlCode(input: string): string | undefined {
  const half = input.trim().replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3002/g, '.');
  const m = /^(\d)([A-Ea-e])(\d{3})((?:\.[A-Za-z0-9]+)*)$/.exec(half);
  if (!m) return undefined;
  const code = `${m[1]}${m[2]!.toUpperCase()}${m[3]}${m[4]!.toLowerCase()}`;
  return CONTROL_CODE_PATTERN.test(code) ? code : undefined;
}
