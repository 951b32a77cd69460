import * as v from 'valibot';
import type { MethodTable } from './method-table';

/**
 * The removable sample team: a small, deterministic team with time invested, commitments and
 * talking points, so a new user sees Today working. Never mixed silently with real data.
 */

export interface SampleStatus {
  /** How many sample people are in the database. */
  samplePeople: number;
  /** How many real (non-sample) people, archived ones included. */
  realPeople: number;
  /** Load is offered only on an empty database. */
  canLoad: boolean;
}

export const SampleInput = v.optional(v.strictObject({}), {});

const TOUCHES = ['people', 'profile', 'timeline', 'attention'] as const;

export const sampleMethods = {
  'sample.status': { input: SampleInput, touches: [] },
  /** Adds the sample team; a conflict when real people exist or the sample is already loaded. */
  'sample.load': { input: SampleInput, touches: TOUCHES },
  /** Deletes exactly the sample people and everything about them. */
  'sample.remove': { input: SampleInput, touches: TOUCHES },
} as const satisfies MethodTable;

export interface SampleResults {
  'sample.status': SampleStatus;
  'sample.load': SampleStatus;
  'sample.remove': SampleStatus;
}
