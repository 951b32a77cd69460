import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { DetailKind, PersonalDetail } from '../../shared/details';
import { instant, type Clock } from '../clock';
import type { Database } from '../db/database';
import type { Ownership } from './ownership';

interface DetailRow {
  id: string;
  person_id: string;
  kind: DetailKind;
  name: string;
  relation: string | null;
  birthday: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

const toDetail = (r: DetailRow): PersonalDetail => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind,
  name: r.name,
  relation: r.relation,
  birthday: r.birthday,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Family, pets, hobbies, passions and things good to know: the names a caring leader remembers. */
export function createDetailsService(db: Database, clock: Clock, ownership: Ownership) {
  const byId = (id: string) => toDetail(db.get<DetailRow>('SELECT * FROM personal_details WHERE id = ?', [id])!);

  return {
    listFor(personId: string): PersonalDetail[] {
      return db
        .all<DetailRow>(
          `SELECT * FROM personal_details WHERE person_id = ?
           ORDER BY CASE kind WHEN 'family' THEN 0 WHEN 'pet' THEN 1 WHEN 'hobby' THEN 2 WHEN 'passion' THEN 3 ELSE 4 END,
                    created_at`,
          [personId],
        )
        .map(toDetail);
    },
    save(input: ParsedInput<'details.save'>): PersonalDetail {
      return db.transaction(() => {
        ownership.requireWritable('personal_details', input.id, input.personId, 'That detail');
        const values = {
          kind: input.kind,
          name: input.name,
          relation: input.relation,
          birthday: input.birthday,
          note: input.note,
          now: instant(clock),
        };
        if (input.id === undefined) {
          const id = randomUUID();
          db.run(
            `INSERT INTO personal_details (id, person_id, kind, name, relation, birthday, note, created_at, updated_at)
             VALUES (:id, :personId, :kind, :name, :relation, :birthday, :note, :now, :now)`,
            { ...values, id, personId: input.personId },
          );
          return byId(id);
        }
        db.run(
          `UPDATE personal_details SET kind = :kind, name = :name, relation = :relation, birthday = :birthday,
             note = :note, updated_at = :now WHERE id = :id`,
          { ...values, id: input.id },
        );
        return byId(input.id);
      });
    },
    delete(id: string): void {
      db.transaction(() => {
        ownership.requireDeletable('personal_details', id, 'That detail');
        db.run('DELETE FROM personal_details WHERE id = ?', [id]);
      });
    },
  };
}
