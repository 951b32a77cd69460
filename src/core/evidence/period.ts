import { format, parseISO, subMonths } from 'date-fns';
import { EVIDENCE_DEFAULT_MONTHS } from '../../shared/evidence';

/**
 * The days an evidence pack covers: up to `to` (today when not given) from `from` (when not given,
 * the same day six months earlier; subMonths clamps 31 May back to 30 Nov's month end, so the period
 * never starts on a day that does not exist).
 */
export function evidencePeriod(today: string, from: string | undefined, to: string | undefined): { from: string; to: string } {
  const last = to ?? today;
  return { from: from ?? format(subMonths(parseISO(last), EVIDENCE_DEFAULT_MONTHS), 'yyyy-MM-dd'), to: last };
}
