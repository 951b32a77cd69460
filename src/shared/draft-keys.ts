/**
 * The keys under which a window keeps a person's half-typed forms in private state
 * (shared/private-state.ts). A module without schemas: the window's start code (app/drafts.ts) reads
 * it, and valibot must stay out of that code.
 */

/** Every half-typed form's key starts so (the renderer's drafts.ts). */
export const DRAFT_KEY_PREFIX = 'tend.draft:';

/** The key of a person's half-typed form: `tend.draft:<person>:<form>`. */
export function draftKey(personId: string, form: string): string {
  return `${DRAFT_KEY_PREFIX}${personId}:${form}`;
}

/**
 * The form of a 1:1 in progress (prep's meeting draft). Finishing the 1:1 lets that draft go in the
 * same transaction that logs it, so a window closed in the instant after Finish cannot offer to resume
 * a meeting already logged. The draft's JSON is `{ values: { meetingId, … }, open, at }`.
 */
export const MEETING_DRAFT_FORM = 'meeting:live';
