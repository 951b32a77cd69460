import type { ParsedInput } from '../../shared/contract';
import type { PersonalDetail } from '../../shared/details';
import { instant, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords, type ActivePersonCheck } from '../db/owned-records';

const COLUMNS = `id, person_id AS personId, kind, name, relation, birthday, note, created_at AS createdAt, updated_at AS updatedAt`;

/** Family, pets, hobbies, passions and things good to know: the names a caring leader remembers. */
export function createDetailsService(db: Database, clock: Clock, people: ActivePersonCheck) {
  const records = ownedRecords<PersonalDetail>(db, people, {
    table: 'personal_details',
    what: 'That detail',
    columns: COLUMNS,
    orderBy: `CASE kind WHEN 'family' THEN 0 WHEN 'pet' THEN 1 WHEN 'hobby' THEN 2 WHEN 'passion' THEN 3 ELSE 4 END, created_at`,
  });

  return {
    listFor: records.listFor,
    save(input: ParsedInput<'details.save'>): PersonalDetail {
      return records.save(
        input,
        {
          insert: `INSERT INTO personal_details (id, person_id, kind, name, relation, birthday, note, created_at, updated_at)
                   VALUES (:id, :personId, :kind, :name, :relation, :birthday, :note, :now, :now)`,
          update: `UPDATE personal_details SET kind = :kind, name = :name, relation = :relation, birthday = :birthday,
                     note = :note, updated_at = :now WHERE id = :id`,
        },
        {
          kind: input.kind,
          name: input.name,
          relation: input.relation,
          birthday: input.birthday,
          note: input.note,
          now: instant(clock),
        },
      );
    },
    delete: records.delete,
  };
}

export type DetailsService = ReturnType<typeof createDetailsService>;
