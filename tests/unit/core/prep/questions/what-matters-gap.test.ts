import { describe, expect, it } from 'vitest';
import type { MatterFact } from '../../../../../src/core/prep/questions';
import { whatMattersGap } from '../../../../../src/core/prep/questions/what-matters-gap';
import { factsFor, SAM, TODAY } from './facts';

const matter = (id: string, why: string | null, notedOn = '2026-10-03'): MatterFact => ({ id, what: `What ${id}`, why, notedOn });

describe('whatMattersGap: nothing on what matters, or something without its why', () => {
  it('asks what matters when nothing is recorded', () => {
    expect(whatMattersGap(factsFor(), TODAY)).toEqual([
      {
        key: `what-matters-gap:${SAM}`,
        rule: 'what-matters-gap',
        text: 'What matters most to Sam right now, and why?',
        because: 'Nothing recorded yet on what matters to Sam.',
      },
    ]);
  });

  it.each<[label: string, matters: MatterFact[], keys: string[]]>([
    ['every entry has its why', [matter('m1', 'Grew up caring for her gran'), matter('m2', 'Her first job')], []],
    ['one without a why', [matter('m1', 'Because'), matter('m2', null)], ['what-matters-gap:m2']],
    ['a blank why is no why', [matter('m1', '   ')], ['what-matters-gap:m1']],
    ['several, in the order given (newest first)', [matter('new', null, '2026-11-20'), matter('old', null, '2025-03-01')], ['what-matters-gap:new', 'what-matters-gap:old']],
  ])('%s', (_, matters, keys) => {
    expect(whatMattersGap(factsFor({ matters }), TODAY).map((q) => q.key)).toEqual(keys);
  });

  it('quotes the entry and says when it was recorded', () => {
    const [q] = whatMattersGap(factsFor({ matters: [{ id: 'm1', what: 'Family dinners on Fridays', why: null, notedOn: '2026-10-03' }] }), TODAY);
    expect(q).toMatchObject({ text: 'Why does “Family dinners on Fridays” matter to Sam?', because: 'Recorded on 3 Oct without the why.' });
  });
});
