import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, LocalDate, optionalText, requiredText } from './fields';
import { TEXT_MAX } from './limits';
import type { MethodTable } from './method-table';

/** What matters to someone, and why (PRODUCT.md, "Find out what matters to someone, and why"). */

export const MatterSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  personId: Id,
  what: requiredText('What matters', TEXT_MAX),
  why: optionalText('Why', TEXT_MAX),
  /** Defaults to today. */
  notedOn: v.optional(LocalDate),
});

export interface Matter {
  id: string;
  personId: string;
  what: string;
  why: string | null;
  notedOn: string;
  createdAt: string;
  updatedAt: string;
}

export const mattersMethods = {
  /** Add or edit what matters to someone, and why. */
  'matters.save': { input: MatterSaveInput, touches: ['profile'] },
  /** Remove one note on what matters. */
  'matters.delete': { input: ById, touches: ['profile'] },
} as const satisfies MethodTable;

export interface MattersResults {
  'matters.save': Matter;
  'matters.delete': null;
}
