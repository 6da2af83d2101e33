/** Traditional-character copies shown in Simplified: converted character by character (opencc-js), never by phrase. */
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;

/**
 * Each character on its own through OpenCC's Traditional → Mainland table: no phrase rules, so the result is exactly a
 * character-by-character conversion of the copy we hold, as the sources require wherever a Traditional copy is used.
 */
export function toSimplifiedByCharacter(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return [...text].map((ch) => (/\p{Script=Han}/u.test(ch) ? convert!(ch) : ch)).join('');
}
