import type { SampleStatus } from '../../shared/sample';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { conflict } from '../errors';
import { SAMPLE_TEAM } from './team-plans';
import { SAMPLE_SHAPE, writeTeam } from './write-team';

/** The same team every time, so the e2e tests and screenshots can name people. */
const SAMPLE_SEED = 7;

/** The removable sample team: loaded only into an empty Tend, removed in one step. */
export function createSampleService(db: Database, clock: Clock) {
  function status(): SampleStatus {
    const counts = db.get<{ sample: number; real: number }>(
      'SELECT coalesce(sum(is_sample = 1), 0) AS sample, coalesce(sum(is_sample = 0), 0) AS real FROM people',
    )!;
    return { samplePeople: counts.sample, realPeople: counts.real, canLoad: counts.sample === 0 && counts.real === 0 };
  }

  return {
    status,
    load(): SampleStatus {
      return db.transaction(() => {
        const before = status();
        // Never mixed silently with real data: the sample only goes into an empty Tend.
        if (before.realPeople > 0) {
          throw conflict('The sample team can only be loaded into an empty Tend; you already have people of your own.');
        }
        if (before.samplePeople > 0) throw conflict('The sample team is already loaded.');
        writeTeam(db, SAMPLE_TEAM, SAMPLE_SHAPE, { today: localDay(clock), seed: SAMPLE_SEED, isSample: true });
        return status();
      });
    },
    /** Exactly the sample people; everything about them goes by ON DELETE CASCADE. */
    remove(): SampleStatus {
      return db.transaction(() => {
        db.run('DELETE FROM people WHERE is_sample = 1');
        return status();
      });
    },
  };
}

export type SampleService = ReturnType<typeof createSampleService>;
