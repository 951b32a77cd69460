/**
 * The local calendar day of an instant as `YYYY-MM-DD` (the form every calendar field is stored in).
 * Without date-fns, so the first script can name today's day for the Journal's early read.
 */
export function localDayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
