import { INVESTMENT_KINDS, type InvestmentKind } from '../../shared/investments';
import { dayNumber, dayOfNumber } from '../calendar/local-days';

/**
 * An investment of a period as one integer: ((days after the period's first day) × 8 + kind) × 1024
 * + minutes. Minutes are at most 600 and there are 7 kinds, so each part keeps its own bits. SQLite
 * packs a person's period into one JSON array of these, so Insights hands one short row per person to
 * JavaScript instead of a row per investment (57,000 rows for a year at 10×: turning them into
 * objects cost several times reading them).
 */
const MINUTE_BITS = 10;
const KIND_BITS = 3;
const MINUTE_MASK = (1 << MINUTE_BITS) - 1;
const KIND_MASK = (1 << KIND_BITS) - 1;

const KIND_INDEX = new Map<InvestmentKind, number>(INVESTMENT_KINDS.map((kind, index) => [kind, index]));

export function packInvestment(offset: number, kind: InvestmentKind, minutes: number): number {
  return (((offset << KIND_BITS) | KIND_INDEX.get(kind)!) << MINUTE_BITS) | minutes;
}

export const offsetOf = (packed: number) => packed >> (KIND_BITS + MINUTE_BITS);
/** The kind's index in INVESTMENT_KINDS. */
export const kindIndexOf = (packed: number) => (packed >> MINUTE_BITS) & KIND_MASK;
export const minutesOf = (packed: number) => packed & MINUTE_MASK;

/**
 * packInvestment counted from 1970-01-01 rather than a period's first day, as insights_months keeps
 * each month's investments (migration 017 writes this expression out as it stood; keep the two the same).
 */
export const PACKED_DAY_SQL = `(((unixepoch(day) / 86400) << ${KIND_BITS} | CASE kind ${INVESTMENT_KINDS.map((kind, index) => `WHEN '${kind}' THEN ${index}`).join(' ')} END) << ${MINUTE_BITS} | minutes)`;

const DAY_SHIFT = KIND_BITS + MINUTE_BITS;

/** A person's period read from their months: the investments inside it, and their latest day before it. */
export interface PeriodMonths {
  /** Packed from the period's first day (packInvestment), in day order. */
  investments: number[];
  lastBefore: string | null;
}

/**
 * The investments of `startsOn`…`endsOn` from whole months of them (a JSON array of PACKED_DAY_SQL
 * values, as PEOPLE_SQL writes it), packed from the period's first day as packInvestment does, and the
 * latest day before the period among them. The months' days before and after the period are two runs
 * at the ends, skipped without looking at the rest; the period's are shifted down in the parsed array
 * itself rather than copied. SQLite joins the months in the order it reads them, which is month order,
 * but group_concat does not promise it: checked here, and sorted if not (an order by value is day
 * order; the order within a day changes no figure).
 */
export function periodInvestments(months: string, startsOn: string, endsOn: string): PeriodMonths {
  const packed = JSON.parse(months) as number[];
  for (let at = 1; at < packed.length; at++) {
    if (packed[at]! < packed[at - 1]!) {
      packed.sort((a, b) => a - b);
      break;
    }
  }
  const first = dayNumber(startsOn) * 2 ** DAY_SHIFT;
  const after = (dayNumber(endsOn) + 1) * 2 ** DAY_SHIFT;
  let from = 0;
  while (from < packed.length && packed[from]! < first) from++;
  let to = packed.length;
  while (to > from && packed[to - 1]! >= after) to--;
  const lastBefore = from === 0 ? null : dayOfNumber(Math.floor(packed[from - 1]! / 2 ** DAY_SHIFT));
  for (let at = from; at < to; at++) packed[at - from] = packed[at]! - first;
  packed.length = to - from;
  return { investments: packed, lastBefore };
}
