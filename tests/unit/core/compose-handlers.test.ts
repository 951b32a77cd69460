import { describe, expect, test } from 'vitest';
import { composeHandlers } from '../../../src/core/compose-handlers';
import { createDispatcher, type Handlers } from '../../../src/core/dispatch';
import { mattersHandlers } from '../../../src/core/matters/handlers';
import type { MattersService } from '../../../src/core/matters/matters-service';
import { notesHandlers } from '../../../src/core/notes/handlers';
import type { NotesService } from '../../../src/core/notes/notes-service';
import { methods } from '../../../src/shared/contract';
import { expectOk } from '../../fixtures/results';

/** A service stand-in whose deletes record what they were asked; the handlers under test only forward to it. */
function deletesInto(log: string[], feature: string) {
  return { delete: (id: string) => void log.push(`${feature}.delete ${id}`) };
}

describe('composeHandlers', () => {
  test('two features handling the same method fail at start-up, naming it', () => {
    const a: Partial<Handlers> = { 'matters.delete': () => null };
    const b: Partial<Handlers> = { 'notes.delete': () => null, 'matters.delete': () => null };
    expect(() => composeHandlers(a, b)).toThrow('Two features handle "matters.delete".');
  });

  test('the same feature registered twice fails too', () => {
    const matters = mattersHandlers(deletesInto([], 'matters') as unknown as MattersService);
    expect(() => composeHandlers(matters, matters)).toThrow('Two features handle "matters.save".');
  });

  test('keeps every handler of every set, each still reaching its own feature', async () => {
    const log: string[] = [];
    const joined = composeHandlers(
      mattersHandlers(deletesInto(log, 'matters') as unknown as MattersService),
      notesHandlers(deletesInto(log, 'notes') as unknown as NotesService),
    );
    expect(Object.keys(joined).sort()).toEqual(['matters.delete', 'matters.save', 'notes.delete', 'notes.save']);
    // Run through the real dispatcher so the calls are validated as in the app.
    const stubs = Object.fromEntries(Object.keys(methods).map((name) => [name, () => null])) as unknown as Handlers;
    const dispatch = createDispatcher({ ...stubs, ...joined });
    const id = '6a1c2e0b-9d3f-4b8e-a7c5-0f1e2d3c4b5a';
    expect(expectOk(await dispatch('matters.delete', { id }))).toBeNull();
    expect(expectOk(await dispatch('notes.delete', { id }))).toBeNull();
    expect(log).toEqual([`matters.delete ${id}`, `notes.delete ${id}`]);
  });
});
