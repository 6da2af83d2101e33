/** Dates as English pages write them: 2025-10-09 → "9 October 2025" (a year-month → "October 2025"). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dateEn(d: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d);
  if (!m) throw new Error(`not an ISO date: "${d}"`);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) throw new Error(`not an ISO date: "${d}"`);
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
