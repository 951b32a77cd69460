import Papa from 'papaparse';

/**
 * Reads a CSV with papaparse (a well-kept parser: quoted fields with "" and line breaks, CRLF or LF, and
 * the delimiter guessed from `,`, `;` and tab: spreadsheets in many locales write `;` because `,` is
 * their decimal mark). A BOM is dropped; blank lines are no records.
 */

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRecord {
  /** The 1-based line the record starts on. */
  line: number;
  cells: string[];
  /** Why the record cannot be read as written (a quote never closed), or absent. */
  malformed?: string;
}

export interface CsvTable {
  delimiter: Delimiter;
  records: CsvRecord[];
}

const UNCLOSED_QUOTE = 'This row opens a quote that is never closed, so it runs on to the end of the file; close the quote and try again.';

/**
 * The delimiter the header line (outside quotes) uses most; a tie goes to `,`. Decided here rather than
 * by papaparse's guess, which needs several rows of equal width and falls back to `,` on a short file.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), DELIMITERS[0]);
}

export function parseCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const malformedRows = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') malformedRows.set(error.row ?? parsed.data.length - 1, UNCLOSED_QUOTE);
  }
  // papaparse gives rows, not lines: a row starts one line after the previous one ends, plus the line
  // breaks inside its quoted cells.
  const records: CsvRecord[] = [];
  let line = 1;
  for (const [index, cells] of parsed.data.entries()) {
    const breaks = cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const blank = cells.length === 1 && cells[0] === '';
    const malformed = malformedRows.get(index);
    if (!blank) records.push(malformed ? { line, cells, malformed } : { line, cells });
    line += breaks + 1;
  }
  return { delimiter, records };
}
