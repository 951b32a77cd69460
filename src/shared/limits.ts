/** Lengths shared by several record types, so a note is the same size wherever it is written. */
export const NOTE_MAX = 20_000;
export const TEXT_MAX = 2_000;
