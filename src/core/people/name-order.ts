/**
 * The one order of people's names, wherever a list of people is sorted (the People list and sidebar,
 * Today's groups): by the letters as a reader sees them, so "Łukasz" sits among the L's and "Émile"
 * among the E's, not after "Zoë" where SQLite's NOCASE (ASCII-only) put them.
 *
 * One collator for every comparison (building one per call would dominate sorting a large team), made
 * on the first sort rather than when this module loads: creating it loads ICU's collation data, which
 * was a tenth of the web host's start-up before it could answer anything.
 */
let byName: Intl.Collator | undefined;

export function compareNames(a: string, b: string): number {
  return (byName ??= new Intl.Collator(undefined, { sensitivity: 'base' })).compare(a, b);
}
