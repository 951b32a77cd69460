/**
 * The "Lock after" choices (issue 24): the usual idle times and "Never"; a value stored another way
 * (by a newer Tend, or through the contract) is offered too, so the select always shows what is stored.
 */
export const NEVER = 'never';
const PRESETS = [1, 5, 15, 30, 60, 120, 240] as const;

function minutesLabel(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function lockChoices(current: number | null): { value: string; label: string }[] {
  const minutes = current === null || (PRESETS as readonly number[]).includes(current) ? [...PRESETS] : [...PRESETS, current].sort((a, b) => a - b);
  return [...minutes.map((m) => ({ value: String(m), label: `${minutesLabel(m)} idle` })), { value: NEVER, label: 'Never on idle' }];
}

export function choiceOf(minutes: number | null): string {
  return minutes === null ? NEVER : String(minutes);
}

export function minutesOf(choice: string): number | null {
  return choice === NEVER ? null : Number(choice);
}
