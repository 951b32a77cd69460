import { describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../../../../src/renderer/app/api';
import { SAVE_FAILED_MESSAGE, problemAt, saveForm, type SaveState } from '../../../../../src/renderer/ui/forms/form-save';

// api.ts reaches for the page's bridge when it loads (window.tend or the web host); these tests never call it.
vi.mock('../../../src/renderer/lib/bridge', () => ({ bridge: { on: () => () => undefined } }));

const FIELDS = ['what', 'notedOn'] as const;
type Field = (typeof FIELDS)[number];

function freshState(): SaveState<Field> {
  return { saving: false, problem: null };
}

const dateField = (badInput: boolean) => ({ field: 'notedOn' as const, input: { validity: { badInput } } });

describe('saving an inline form', () => {
  it('is saving while the call runs and clears an earlier problem', async () => {
    const state: SaveState<Field> = { saving: false, problem: { field: 'what', message: 'What cannot be empty.' } };
    const seen: SaveState<Field>[] = [];
    await saveForm(state, async () => void seen.push({ ...state }), { fields: FIELDS, fallback: SAVE_FAILED_MESSAGE });
    expect(seen).toEqual([{ saving: true, problem: null }]);
    expect(state).toEqual({ saving: false, problem: null });
  });

  it('refuses a half-typed date before calling, beside the date field', async () => {
    const state = freshState();
    const save = vi.fn(async () => undefined);
    const words = { locale: 'en-GB', today: new Date('2026-11-23T14:00:00.000Z') };
    await saveForm(state, save, { fields: FIELDS, fallback: SAVE_FAILED_MESSAGE, date: dateField(true), words });
    expect(save).not.toHaveBeenCalled();
    expect(state).toEqual({
      saving: false,
      problem: { field: 'notedOn', message: 'That date is incomplete or does not exist; enter a date like 23/11/2026.' },
    });
  });

  it('calls when the date is a real day, or there is no date input (yet)', async () => {
    for (const date of [dateField(false), { field: 'notedOn' as const, input: undefined }, undefined]) {
      const save = vi.fn(async () => undefined);
      await saveForm(freshState(), save, { fields: FIELDS, fallback: SAVE_FAILED_MESSAGE, date });
      expect(save).toHaveBeenCalledOnce();
    }
  });

  it('puts the contract’s refusal beside the field it names, or above the form', async () => {
    const refuse = (error: ConstructorParameters<typeof ApiFailure>[0]) => async () => {
      throw new ApiFailure(error);
    };
    const options = { fields: FIELDS, fallback: SAVE_FAILED_MESSAGE };

    const beside = freshState();
    await saveForm(beside, refuse({ code: 'invalid_input', message: 'What cannot be empty.', field: 'what' }), options);
    expect(beside).toEqual({ saving: false, problem: { field: 'what', message: 'What cannot be empty.' } });

    const above = freshState();
    await saveForm(above, refuse({ code: 'conflict', message: 'Sam is archived.', field: 'id' }), options);
    expect(above).toEqual({ saving: false, problem: { field: null, message: 'Sam is archived.' } });
  });

  it('words a failure the contract did not with the form’s own sentence', async () => {
    const state = freshState();
    const fallback = 'Tend could not save this note; please try again.';
    await saveForm(
      state,
      async () => {
        throw new TypeError('Failed to fetch');
      },
      { fields: FIELDS, fallback },
    );
    expect(state).toEqual({ saving: false, problem: { field: null, message: fallback } });
    expect(SAVE_FAILED_MESSAGE).toBe('Tend could not save this; please try again.');
  });
});

describe('where a problem is shown', () => {
  it('beside its field, or above the form for a problem with no field', () => {
    const beside = { field: 'what' as Field, message: 'What cannot be empty.' };
    const above = { field: null, message: 'Sam is archived.' };
    expect(problemAt<Field>(beside, 'what')).toBe('What cannot be empty.');
    expect(problemAt<Field>(beside, 'notedOn')).toBeNull();
    expect(problemAt<Field>(beside, null)).toBeNull();
    expect(problemAt<Field>(above, null)).toBe('Sam is archived.');
    expect(problemAt<Field>(above, 'what')).toBeNull();
    expect(problemAt<Field>(null, null)).toBeNull();
  });
});
