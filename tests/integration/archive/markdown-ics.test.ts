import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { sampleTeam } from '../../fixtures/sample-team';
import { modeOf, tempDir } from '../../fixtures/temp-dir';

describe('the Markdown folder', () => {
  test('one readable file per person, archived people too, with every section', async () => {
    const { tend } = await openTestTend();
    const people = await sampleTeam(tend);
    expectOk(await tend.dispatch('people.save', { name: 'Ana/Lima: "QA"?' }));

    const outcome = expectOk(await tend.dispatch('archive.export', { format: 'markdown' }));

    expect(outcome.items).toBe(people.length + 1);
    expect(modeOf(outcome.path)).toBe(0o700);
    const files = readdirSync(outcome.path).sort();
    expect(files).toEqual(['Ana Lima QA.md', 'Ines Okafor.md', 'Kofi Kim.md', 'Priya Raman.md', 'Sam Tanaka.md']);
    const priya = readFileSync(join(outcome.path, 'Priya Raman.md'), 'utf8');
    expect(modeOf(join(outcome.path, 'Priya Raman.md'))).toBe(0o600);
    const headings = priya.split('\n').filter((l) => /^##? /.test(l));
    expect(headings).toEqual(['# Priya Raman', '## Profile', '## What matters', '## Goals', '## Challenges', '## Family and personal', '## Important dates', '## Commitments', '## Talking points', '## Time invested', '## Notes and timeline']);
    expect(priya).toMatch(/^# Priya Raman\n/);
    expect(priya).toContain('### Sleep, with a newborn; commas, too\n\n_personal, resolved_');
    expect(priya).toContain('- 2026-11-23: Better week.\n  Two full nights. _(now resolved)_');
    expect(priya).toContain('- Birthday: 1990-02-28 (every year)');
    expect(priya).toMatch(/- Work anniversary: \d{4}-\d{2}-\d{2} \(every year\)/);
    expect(priya).toContain('### 2026-11-23 · Progress on “Sleep, with a newborn; commas, too”');
    // Everything the app holds about a person is in their page: promises both ways, talking points, time invested.
    const all = files.map((f) => readFileSync(join(outcome.path, f), 'utf8')).join('\n');
    expect(all).toContain('- [ ] They will: Draft the on-call rota, made 2026-11-23');
    expect(all).toContain('- [x] You promised: Send the conference budget link (due 2026-11-27), made 2026-11-23, done 2026-11-23');
    expect(all).toContain('## Talking points\n\n- Holiday cover plan\n- Career ladder: next level (discussed 2026-11-23)\n');
    expect(all).toContain('## Time invested\n\n45 min in all.\n\n- 2026-11-23 · Coaching · 45 min: Walked through the **promo** case.\n');
    const kofi = readFileSync(join(outcome.path, 'Kofi Kim.md'), 'utf8');
    expect(kofi).toContain('- Family: Maya (daughter), born 2019-04-02');
    expect(kofi).toContain('### 2026-11-23 · One-on-one · mood 3/5 · energy 2/5\n\nMood check — "fine", but quiet.');
    const ines = readFileSync(join(outcome.path, 'Ines Okafor.md'), 'utf8');
    expect(ines).toMatch(/- \*\*Archived:\*\* 2026-11-23T14:00:00.000Z/);
  });
});

describe('the ICS calendar', () => {
  test('birthdays and yearly dates repeat, one-off dates do not, every line folded and escaped, UIDs stable', async () => {
    const { tend } = await openTestTend();
    await sampleTeam(tend);
    const first = expectOk(await tend.dispatch('archive.export', { format: 'ics' }));
    const again = expectOk(await tend.dispatch('archive.export', { format: 'ics' }));
    const text = readFileSync(first.path, 'utf8');

    expect(text).toBe(readFileSync(again.path, 'utf8'));
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = text.split('BEGIN:VEVENT').slice(1);
    const unfolded = (e: string) => e.replace(/\r\n /g, '');
    const find = (summary: string) => unfolded(events.find((e) => unfolded(e).includes(`SUMMARY:${summary}`)) ?? '');

    const birthday = find('Priya Raman’s birthday');
    expect(birthday).toContain('DTSTART;VALUE=DATE:19900228\r\nDTEND;VALUE=DATE:19900301');
    expect(birthday).toContain('RRULE:FREQ=YEARLY\r\n');
    expect(birthday).toMatch(/UID:date-[0-9a-f-]{36}@tend/);
    const wedding = find('Sam Tanaka: Wedding anniversary');
    expect(wedding).toContain('RRULE:FREQ=YEARLY');
    expect(wedding).toContain('DESCRIPTION:Married in Lisbon\\; loves fado');
    const leave = find('Sam Tanaka: Parental leave starts');
    expect(leave).toContain('DTSTART;VALUE=DATE:20270115');
    expect(leave).not.toContain('RRULE');
    expect(find('Maya (Kofi Kim’s daughter): birthday')).toContain('DTSTART;VALUE=DATE:20190402');
    expect(find('Kofi Kim’s work anniversary')).toMatch(/UID:anniversary-[0-9a-f-]{36}@tend/);
    // The archived person is not on the calendar.
    expect(text).not.toContain('Ines Okafor');
    expect(first.items).toBe(events.length);
  });

  test('writes to a chosen destination, never over an existing file', async () => {
    const { tend } = await openTestTend();
    await sampleTeam(tend);
    const dir = tempDir('tend-export');
    const destination = join(dir, 'team dates.ics');
    const outcome = expectOk(await tend.dispatch('archive.export', { format: 'ics', destination }));
    expect(outcome).toMatchObject({ path: destination, name: 'team dates.ics' });
    expect(modeOf(destination)).toBe(0o600);
    expect(expectError(await tend.dispatch('archive.export', { format: 'ics', destination }))).toMatchObject({ code: 'conflict', field: 'destination' });
    expect(expectError(await tend.dispatch('archive.export', { format: 'json', destination: 'relative.json' }))).toMatchObject({ code: 'invalid_input', field: 'destination' });
    expect(readdirSync(dir)).toEqual(['team dates.ics']);
  });
});
