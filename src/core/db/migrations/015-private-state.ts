/**
 * What a window keeps between sessions that holds the leader's words — drafts, the journal's unsaved
 * text, recent searches (issue 24) — moves from the page's localStorage (plaintext in Electron's
 * profile) into the encrypted database. Keys and values are the renderer's own; this device's state,
 * never archived.
 */
export const up = /* sql */ `
CREATE TABLE private_state (
  key         TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 6 AND 255),
  value       TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
`;
