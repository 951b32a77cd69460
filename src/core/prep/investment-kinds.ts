/**
 * The two investment kinds the prep rules look for. The full list of kinds belongs to the invest
 * feature's contract; these names must match its stored values.
 */
export const ONE_ON_ONE = 'one_on_one';
export const RECOGNITION = 'recognition';
