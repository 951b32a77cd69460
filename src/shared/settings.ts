import * as v from 'valibot';

/**
 * Preferences kept outside the database (electron-store on the desktop, `conf` in the web host).
 * Unknown keys are kept, so a file written by a newer Tend still opens in an older one.
 */

const Pixels = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));
const Size = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));

/** The main window's last normal (not maximised) bounds, in screen coordinates. */
export const WindowBounds = v.object({
  x: Pixels,
  y: Pixels,
  width: Size,
  height: Size,
  maximized: v.boolean(),
});
export type WindowBounds = v.InferOutput<typeof WindowBounds>;

export const Preferences = v.object({
  windowBounds: v.nullable(WindowBounds),
});
export type Preferences = v.InferOutput<typeof Preferences>;

/**
 * What a preferences file may hold: any subset of the keys, since a key added in a later version is
 * missing from an older file and takes its default. Only a present key with a bad value is a problem.
 */
export const StoredPreferences = v.partial(Preferences);

export const DEFAULT_PREFERENCES: Preferences = {
  windowBounds: null,
};
