import { INVESTMENT_KINDS, type InvestmentKind } from '../../shared/investments';

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
 * packInvestment counted from 1970-01-01 rather than the period's first day. Migration 016 indexes
 * exactly this expression (investments_by_person), so a read takes it from the index instead of
 * parsing each row's day: keep the two the same, or SQLite quietly works it out per row again.
 */
export const PACKED_DAY_SQL = `(((unixepoch(day) / 86400) << ${KIND_BITS} | CASE kind ${INVESTMENT_KINDS.map((kind, index) => `WHEN '${kind}' THEN ${index}`).join(' ')} END) << ${MINUTE_BITS} | minutes)`;

/** packInvestment in SQL, for the investments of the period that starts on `:startsOn`: the indexed value less the first day's. */
export const PACKED_INVESTMENT_SQL = `${PACKED_DAY_SQL} - ((unixepoch(:startsOn) / 86400) << ${KIND_BITS + MINUTE_BITS})`;
