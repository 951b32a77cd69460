/**
 * Splits a migration's SQL into its statements, so the runner can stop between two of them (issue 23:
 * progress and Cancel while a migration builds the search index). It knows what our migrations use:
 * quoted strings and names, `--` and block comments, and CREATE TRIGGER … BEGIN … END, whose body's
 * semicolons do not end it. A test runs every migration split and whole and compares the schemas.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = sql.slice(start, end).trim();
    if (stripComments(text) !== '') statements.push(text);
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const close = sql.indexOf(c, i + 1);
      i = close === -1 ? sql.length : close + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const close = sql.indexOf('\n', i);
      i = close === -1 ? sql.length : close + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close === -1 ? sql.length : close + 2;
    } else if (c === ';') {
      const text = stripComments(sql.slice(start, i));
      // Inside a trigger's body until the END that closes it.
      if (!/^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b/i.test(text) || /\bEND\s*$/i.test(text)) {
        push(i + 1);
        start = i + 1;
      }
      i += 1;
    } else {
      i += 1;
    }
  }
  push(sql.length);
  return statements;
}

function stripComments(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .trim();
}
