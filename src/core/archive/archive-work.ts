/**
 * What export and import (archive and roster) run, loaded by handlers.ts on the first such call rather
 * than at start: with the CSV and iCalendar libraries behind it, it is a large part of the code, and no
 * view needs it to appear.
 */
export { exportData, importData, readSource } from './archive-service';
export { parseArchive, previewArchive } from './json-import';
export { importRoster, importableRows, rosterPeople } from './roster-import';
export { previewRoster } from './roster';
