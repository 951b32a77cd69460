import type { TalkingPoint } from '../../../../shared/talking-points';
import { messageOf } from '../../../app/api';
import { written } from '../../../app/data-changes';
import { deleteWithUndo } from '../../../app/record-actions';
import { toasts } from '../../../app/toasts.svelte';
import { editOf, type EditedRecord } from '../../../ui/forms/form-values';

/** What to raise at the next one-on-one: queued, ticked off with an Undo, reordered, removed with an Undo. */

export function saveTalkingPoint(text: string, personId: string, edited: EditedRecord | null = null): Promise<TalkingPoint> {
  return written('talkingPoints.save', { ...editOf(edited), personId, text });
}

export async function discussTalkingPoint(point: TalkingPoint): Promise<TalkingPoint | null> {
  try {
    const discussed = await written('talkingPoints.discuss', { id: point.id });
    toasts.show(`Discussed: “${point.text}”.`, { label: 'Undo', run: () => requeueTalkingPoint(discussed).then(() => undefined) });
    return discussed;
  } catch (error) {
    toasts.show(messageOf(error));
    return null;
  }
}

/** Back in the queue, last. */
export async function requeueTalkingPoint(point: TalkingPoint): Promise<TalkingPoint | null> {
  try {
    return await written('talkingPoints.requeue', { id: point.id });
  } catch (error) {
    toasts.show(messageOf(error));
    return null;
  }
}

/** The queue with the point at `index` moved by `by` places (−1 up, +1 down); unchanged at either end. */
export function movedOrder(queue: readonly TalkingPoint[], index: number, by: -1 | 1): string[] | null {
  const target = index + by;
  if (index < 0 || index >= queue.length || target < 0 || target >= queue.length) return null;
  const ids = queue.map((p) => p.id);
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  return ids;
}

export async function moveTalkingPoint(queue: readonly TalkingPoint[], index: number, by: -1 | 1): Promise<TalkingPoint[] | null> {
  const ids = movedOrder(queue, index, by);
  const first = queue[0];
  if (!ids || !first) return null;
  try {
    return await written('talkingPoints.reorder', { personId: first.personId, ids });
  } catch (error) {
    toasts.show(messageOf(error));
    return null;
  }
}

/** Undo queues it again with the same words (last in the queue). */
export function removeTalkingPoint(point: TalkingPoint): Promise<boolean> {
  return deleteWithUndo('talkingPoints.delete', point.id, `Removed “${point.text}”.`, () =>
    written('talkingPoints.save', { personId: point.personId, text: point.text }),
  );
}
