/** Small wordings for the prep sheet, kept pure so they read the same everywhere. */

/** "today", "1 day ago", "12 days ago". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** "made 4 days ago · 2 days overdue". */
export function commitmentAge(ageDays: number, daysOverdue: number | null): string {
  const made = ageDays <= 0 ? 'made today' : `made ${daysAgo(ageDays)}`;
  if (daysOverdue === null) return made;
  return `${made} · ${daysOverdue === 1 ? '1 day' : `${daysOverdue} days`} overdue`;
}
