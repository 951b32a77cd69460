/**
 * The `YYYY-MM-DD` day of a day number (dayNumber's inverse: days from 1970-01-01 on the proleptic
 * Gregorian calendar, H. Hinnant's civil-from-days). Insights names hundreds of days per read (each
 * person's latest day of each kind, a year's week boundaries); shiftDay's parse and format cost
 * several microseconds each, this a few dozen nanoseconds. Years 1000 to 9999, as stored days are.
 */
export function dayOfNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}
