/** Dates: as English pages write them, and the day before a day. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025-10-09 → "9 October 2025" (a year-month → "October 2025"). */
export function dateEn(d: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d);
  if (!m) throw new Error(`not an ISO date: "${d}"`);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) throw new Error(`not an ISO date: "${d}"`);
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A date as the Chinese pages write it: 2026年11月10日 (a year-month → 2026年11月). */
export const dateZh = (d: string): string => {
  const [y, m, day] = d.split('-').map(Number);
  return day === undefined ? `${y}年${m}月` : `${y}年${m}月${day}日`;
};

/** A date as pages in `lang` write it: English for 'en', Chinese for any other language (zh-CN). */
export const dateIn = (d: string, lang: string): string => (lang === 'en' ? dateEn(d) : dateZh(d));

/** The day before an ISO date (YYYY-MM-DD), in the proleptic Gregorian calendar: 2024-12-01 → 2024-11-30. */
export function dayBefore(d: string): string {
  const t = Date.parse(`${d}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(t)) throw new Error(`not an ISO date: "${d}"`);
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}

/** True for a real calendar day written YYYY-MM-DD (2025-02-29 is not one). */
export function isRealDay(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The `?date=` of a page's address: none (the build-day status), a real day, or a value refused (with the value, to
 * say what was refused). Leading and trailing spaces are ignored; nothing else is guessed.
 */
export function readDateParam(search: string): { kind: 'none' } | { kind: 'date'; date: string } | { kind: 'invalid'; value: string } {
  const raw = new URLSearchParams(search).get('date');
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  const value = raw.trim();
  return isRealDay(value) ? { kind: 'date', date: value } : { kind: 'invalid', value: raw };
}

/** The day after an ISO date: 2026-11-10 → 2026-11-11. */
export function dayAfter(d: string): string {
  const t = Date.parse(`${d}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(t)) throw new Error(`not an ISO date: "${d}"`);
  return new Date(t + 86_400_000).toISOString().slice(0, 10);
}
