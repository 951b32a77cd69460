import type { Settings } from '../../../shared/settings';
import { ApiFailure } from '../../app/api';
import { pauseReminders, saveSettings } from './settings-actions';
import { GROUP_FIELDS, draftFrom, keepEdits, patchFor, withGroupFrom, type SettingGroup, type SettingsDraft, type SettingsField } from './settings-draft';

export type SettingsSection = 'general' | 'reminders' | 'capture';

/** How long "Saved" stays beside a section's heading. */
const SAVED_MS = 2000;

/**
 * Settings save as they change, like the settings of a desktop app: each change is written on its
 * own (a text or time field when it is left or Enter is pressed), a refused value keeps what was
 * typed with the contract's sentence beside it, and the section says "Saved" for a moment.
 */
export class SettingsForm {
  draft = $state<SettingsDraft>() as SettingsDraft;
  errors = $state<Partial<Record<SettingsField, string>>>({});
  /** A failure that names no field (the host went away). */
  problem = $state<string | null>(null);
  saved = $state<SettingsSection | null>(null);
  /** When reminders come again (UTC ISO), or null; the tray can change it too. */
  pauseUntil = $state<string | null>(null);
  #savedTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The save before this one. Saves go one at a time in the order they were made: a save resolves
   * only once open views show it, so a refusal typed after it would otherwise land first and then
   * be wiped by the earlier save's success, and two saves of one field could be stored out of order.
   */
  #previous: Promise<unknown> = Promise.resolve();

  constructor(settings: Settings) {
    this.draft = draftFrom(settings);
    this.pauseUntil = settings.pauseUntil;
  }

  /** Settings written elsewhere (the tray's pause, another window): take what no field here edits. */
  follow(settings: Settings): void {
    this.pauseUntil = settings.pauseUntil;
  }

  /** "Do not remind me until …" (null resumes); a refusal lands beside the pause controls. */
  pause(until: Date | null): Promise<boolean> {
    return this.#inTurn(() => this.#pause(until));
  }

  async #pause(until: Date | null): Promise<boolean> {
    try {
      const settings = await pauseReminders(until);
      this.#clear(['pauseUntil']);
      this.pauseUntil = settings.pauseUntil;
      this.#flashSaved('reminders');
      return true;
    } catch (error) {
      this.refuse('pauseUntil', error instanceof ApiFailure ? error.error.message : 'Tend could not pause reminders; please try again.');
      return false;
    }
  }

  /** Shows a sentence beside a field without saving (a check made before the call, e.g. a past day). */
  refuse(field: SettingsField, message: string): void {
    this.errors = { ...this.errors, [field]: message };
    this.saved = null;
  }

  errorFor(field: SettingsField): string | null {
    return this.errors[field] ?? null;
  }

  /** Saves one group from the draft; returns the stored settings, or null when it was refused. */
  commit(section: SettingsSection, group: SettingGroup): Promise<Settings | null> {
    // What was on screen when the change was made is what saves, even if it waits its turn.
    const sent = $state.snapshot(this.draft);
    return this.#inTurn(() => this.#save(section, group, sent));
  }

  async #save(section: SettingsSection, group: SettingGroup, sent: SettingsDraft): Promise<Settings | null> {
    const fields = GROUP_FIELDS[group];
    try {
      const settings = await saveSettings(patchFor(group, sent));
      this.#clear(fields);
      this.problem = null;
      // Show the stored form (e.g. workdays in order), except where the user typed on meanwhile.
      this.draft = keepEdits(this.draft, sent, withGroupFrom(sent, group, settings));
      this.#flashSaved(section);
      return settings;
    } catch (error) {
      this.#clear(fields);
      const field = error instanceof ApiFailure ? error.error.field : undefined;
      if (field !== undefined && (fields as readonly string[]).includes(field)) {
        this.errors = { ...this.errors, [field]: (error as ApiFailure).error.message };
      } else {
        this.problem = error instanceof ApiFailure ? error.error.message : 'Tend could not save this setting; please try again.';
      }
      this.saved = null;
      return null;
    }
  }

  #inTurn<T>(save: () => Promise<T>): Promise<T> {
    const turn = this.#previous.then(save);
    this.#previous = turn.catch(() => undefined);
    return turn;
  }

  #clear(fields: readonly SettingsField[]): void {
    const errors = { ...this.errors };
    for (const field of fields) delete errors[field];
    this.errors = errors;
  }

  #flashSaved(section: SettingsSection): void {
    clearTimeout(this.#savedTimer);
    this.saved = section;
    this.#savedTimer = setTimeout(() => (this.saved = null), SAVED_MS);
  }
}
