import { MINUTES_MAX, MINUTES_MESSAGE, MINUTES_MIN } from '../../shared/investments';
import { following, type Read, type Token } from './tokens';

const HOURS = new Set(['h', 'hr', 'hrs', 'hour', 'hours']);
const MINUTES = new Set(['m', 'min', 'mins', 'minute', 'minutes']);
/** Units that follow a number in a day phrase ("3 days ago"), so "1h 3 days ago" keeps its 3 for the day. */
const NOT_MINUTES = new Set([...HOURS, 'd', 'day', 'days', 'w', 'wk', 'wks', 'week', 'weeks']);

const NUMBER = /^\d+(?:\.\d+)?$/;

/** The minutes after an hour count: "1h 30m", "1h 30", "2 hours 15 minutes". */
function readMinutesPart(tokens: readonly Token[], i: number): { value: number; used: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const joined = /^(\d+)(?:m|min|mins|minutes?)$/.exec(token.word);
  if (joined) return { value: Number(joined[1]), used: 1 };
  if (!/^\d+$/.test(token.word)) return null;
  const unit = following(tokens, i);
  if (unit && MINUTES.has(unit.word)) return { value: Number(token.word), used: 2 };
  if (unit && NOT_MINUTES.has(unit.word)) return null;
  // A bare number only counts as minutes when it could be minutes of an hour.
  return Number(token.word) < 60 ? { value: Number(token.word), used: 1 } : null;
}

/**
 * Reads how long: `30m`, `45 min`, `1h`, `1.5h`, `1h30`, `1h 30m`, `90 min`, `2 hours`.
 * Something shaped like a duration but outside 1–600 whole minutes is a problem, not note text.
 */
export function readDuration(tokens: readonly Token[], i: number): Read<number> {
  const token = tokens[i];
  if (!token) return null;
  let hours = 0;
  let minutes = 0;
  let used = 1;
  let hoursOnly = false;
  let m: RegExpExecArray | null;
  if ((m = /^(\d+(?:\.\d+)?)(?:h|hr|hrs|hours?)$/.exec(token.word))) {
    hours = Number(m[1]);
    hoursOnly = true;
  } else if ((m = /^(\d+)h(\d+)(?:m|min|mins)?$/.exec(token.word))) {
    hours = Number(m[1]);
    minutes = Number(m[2]);
  } else if ((m = /^(\d+(?:\.\d+)?)(?:m|min|mins|minutes?)$/.exec(token.word))) {
    minutes = Number(m[1]);
  } else {
    const unit = following(tokens, i);
    if (!NUMBER.test(token.word) || !unit || !(HOURS.has(unit.word) || MINUTES.has(unit.word))) return null;
    used = 2;
    if (HOURS.has(unit.word)) {
      hours = Number(token.word);
      hoursOnly = true;
    } else minutes = Number(token.word);
  }
  if (hoursOnly && !tokens[i + used - 1]?.colon) {
    const part = readMinutesPart(tokens, i + used);
    if (part) {
      minutes = part.value;
      used += part.used;
    }
  }
  const total = hours * 60 + minutes;
  // Float hours ("1.1h" = 66.000…01) are rounded only when they land on a whole minute.
  const rounded = Math.round(total);
  const whole = Math.abs(total - rounded) < 1e-9;
  if (!whole || rounded < MINUTES_MIN || rounded > MINUTES_MAX) return { error: MINUTES_MESSAGE };
  return { value: rounded, used };
}
