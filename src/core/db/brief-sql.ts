/** How much of a statement a log line shows: enough to recognise it, never a whole migration. */
const MAX_CHARS = 160;

/** A statement as one log line: comments dropped, whitespace collapsed, cut at MAX_CHARS. */
export function briefSql(sql: string): string {
  const oneLine = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return oneLine.length > MAX_CHARS ? `${oneLine.slice(0, MAX_CHARS - 1)}…` : oneLine;
}
