/** How many recent one-on-ones say what "usual" is for a person: enough to ignore one odd meeting. */
export const USUAL_FROM_LAST = 5;

/**
 * The length Finish offers for a one-on-one (issue 20, item 9: the timer said 1 minute for a meeting
 * left open in another tab). A person's own rhythm first: the median of their last few one-on-ones,
 * rounded down to whole minutes. With none yet, a length that suits how often you meet: a weekly
 * conversation is half an hour, a fortnightly one 45 minutes, anything rarer an hour.
 */
export function usualOneOnOneMinutes(recentMinutes: readonly number[], cadenceDays: number): number {
  const recent = recentMinutes.slice(0, USUAL_FROM_LAST).sort((a, b) => a - b);
  if (recent.length > 0) {
    const middle = Math.floor(recent.length / 2);
    return recent.length % 2 === 1 ? recent[middle]! : Math.floor((recent[middle - 1]! + recent[middle]!) / 2);
  }
  if (cadenceDays <= 7) return 30;
  if (cadenceDays <= 14) return 45;
  return 60;
}
