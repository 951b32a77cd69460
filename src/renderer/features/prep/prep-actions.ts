import type { PrepSheet, PrepWeek, FinishedOneOnOne, PrepQuestion } from '../../../shared/prep';
import type { MethodInput } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { call } from '../../app/api';
import { written } from '../../app/data-changes';
import { personFileName } from '../../app/file-names';
import { nativeFiles } from '../../app/platform-files';
import { saveMarkdownDocument } from '../../app/save-file';
import type { NativeFiles } from '../../../shared/native-files';

/** The prep feature's calls to the core: the views only call these. */

export function loadPrepSheet(personId: string): Promise<PrepSheet> {
  return call('prep.forPerson', { personId });
}

/** This week's 1:1s, the week counted from the user's week start. */
export function loadThisWeek(weekStartsOn: Settings['weekStart']): Promise<PrepWeek> {
  return call('prep.thisWeek', { weekStartsOn });
}

export function prepMarkdown(personId: string): Promise<string> {
  return call('prep.markdown', { personId });
}

/**
 * Saves the sheet as Markdown: in the desktop app through the save dialog (opening in the folder used
 * last, "Show in folder" after), in the browser as a download.
 */
export async function savePrepMarkdown(sheet: Pick<PrepSheet, 'person' | 'day'>, files: NativeFiles | null = nativeFiles()): Promise<void> {
  await saveMarkdownDocument(await prepMarkdown(sheet.person.id), markdownFileName(sheet.person.name, sheet.day), files);
}

export function dismissQuestion(personId: string, key: string, how: 'not_now' | 'never'): Promise<PrepQuestion[]> {
  return written('prep.dismissQuestion', { personId, key, how });
}

export type FinishInput = MethodInput<'prep.finish'>;

/** Ends the one-on-one; the same meetingId twice writes once (the core keeps it idempotent). */
export function finishOneOnOne(input: FinishInput): Promise<FinishedOneOnOne> {
  return written('prep.finish', input);
}

/** A file name for the saved sheet: "prep-sam-rivera-2026-11-23.md". */
export function markdownFileName(name: string, day: string): string {
  return personFileName('prep', name, day, 'md');
}

/** Whole minutes the meeting mode was open, at least 1 and at most a working day. */
export function minutesBetween(startedAt: number, now: number): number {
  return Math.min(600, Math.max(1, Math.round((now - startedAt) / 60000)));
}
