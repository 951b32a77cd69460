import { describe, expect, it } from 'vitest';
import { perceivedSeries, pointsAttribute, weekBars } from '../../../../src/renderer/features/person/trends/trend-geometry';

describe('weekBars', () => {
  it('scales to the busiest week and leaves weeks without time bare', () => {
    const bars = weekBars(
      [
        { startsOn: '2026-11-02', minutes: 60 },
        { startsOn: '2026-11-09', minutes: 0 },
        { startsOn: '2026-11-16', minutes: 15 },
        { startsOn: '2026-11-23', minutes: 1 },
      ],
      40,
      20,
    );
    expect(bars.map((bar) => [bar.x, bar.width, bar.height])).toEqual([
      [1, 8, 20],
      [11, 8, 0],
      [21, 8, 5],
      // A minute is still visible.
      [31, 8, 2],
    ]);
    expect(bars[0]!.y).toBe(0);
  });

  it('draws nothing for a period with no time', () => {
    expect(weekBars([{ startsOn: '2026-11-23', minutes: 0 }], 10, 10)[0]!.height).toBe(0);
  });
});

describe('perceivedSeries', () => {
  const points = [
    { day: '2026-11-01', mood: 5, energy: null },
    { day: '2026-11-08', mood: 1, energy: 3 },
    { day: '2026-11-30', mood: 3, energy: 3 },
    { day: '2026-12-01', mood: null, energy: 5 },
  ];

  it('places a reading by its day and its 1–5 value, and skips notes without it', () => {
    const { dots } = perceivedSeries(points, 'mood', '2026-11-01', '2026-12-01', 30, 8);
    expect(dots.map((dot) => [dot.day, dot.x, dot.y])).toEqual([
      ['2026-11-01', 0, 0],
      ['2026-11-08', 7, 8],
      ['2026-11-30', 29, 4],
    ]);
  });

  it('breaks the line where readings are more than two weeks apart', () => {
    expect(perceivedSeries(points, 'mood', '2026-11-01', '2026-12-01', 30, 8).runs.map((run) => run.map((dot) => dot.day))).toEqual([
      ['2026-11-01', '2026-11-08'],
      ['2026-11-30'],
    ]);
    expect(perceivedSeries(points, 'energy', '2026-11-01', '2026-12-01', 30, 8).runs.map((run) => run.length)).toEqual([1, 2]);
  });

  it('writes SVG points', () => {
    expect(pointsAttribute(perceivedSeries(points, 'mood', '2026-11-01', '2026-12-01', 30, 8).runs[0]!)).toBe('0.0,0.0 7.0,8.0');
  });
});
