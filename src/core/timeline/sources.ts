import type { TimelineKind } from '../../shared/timeline';
import { commitmentTimelineSource } from '../commitments/timeline-source';
import { progressTimelineSource } from '../goals/progress-timeline-source';
import { journalTimelineSource } from '../journal/timeline-source';
import { investmentTimelineSource } from '../investments/timeline-source';
import { noteTimelineSource } from '../notes/timeline-source';
import type { TimelineSource } from './timeline-source';

/**
 * Everything that appears on a person's timeline, one source per kind. Each feature declares its
 * source beside its service; a kind added to `TIMELINE_KINDS` does not compile until it is here.
 */
export const TIMELINE_SOURCES: { readonly [K in TimelineKind]: TimelineSource<K> } = {
  note: noteTimelineSource,
  progress: progressTimelineSource,
  journal: journalTimelineSource,
  investment: investmentTimelineSource,
  commitment: commitmentTimelineSource,
};
