/** Line icons as SVG path data (24×24, stroked), drawn for Tend; the Icon component renders them. */

function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

export const ICONS = {
  today: [
    circle(12, 12, 4),
    'M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4',
  ],
  people: [
    circle(9, 8, 3.5),
    'M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6',
    'M15.5 4.7a3.5 3.5 0 0 1 0 6.6M17.5 14.4c2.3.8 4 3 4 5.6',
  ],
  journal: ['M5 4.5A1.5 1.5 0 0 1 6.5 3H19v15H6.5A1.5 1.5 0 0 0 5 19.5z', 'M5 19.5A1.5 1.5 0 0 0 6.5 21H19v-3', 'M9 7.5h6'],
  search: [circle(11, 11, 6.5), 'M20 20l-4.4-4.4'],
  insights: ['M3.5 20.5h17', 'M7 16.5v-5M12 16.5v-10M17 16.5v-7'],
  settings: ['M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1', circle(15, 6, 2), circle(9, 12, 2), circle(17, 18, 2)],
  plus: ['M12 5v14M5 12h14'],
  back: ['M19 12H5M11 18l-6-6 6-6'],
  edit: ['M4 20h4L19 9l-4-4L4 16z', 'M13.5 6.5l4 4'],
  archive: ['M3.5 4.5h17v4h-17z', 'M5 8.5V19a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8.5', 'M10 12.5h4'],
  restore: ['M3.5 12a8.5 8.5 0 1 0 2.6-6.1L3.5 8.5', 'M3.5 3.5v5h5'],
  calendar: ['M4 6.5a1.5 1.5 0 0 1 1.5-1.5h13A1.5 1.5 0 0 1 20 6.5v12a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 18.5z', 'M4 10h16M8.5 3v4M15.5 3v4'],
  cadence: [circle(12, 12, 8.5), 'M12 7.5V12l3 2'],
  speak: ['M4 10v4M8 7v10M12 4v16M16 8v8M20 11v2'],
  close: ['M6 6l12 12M18 6L6 18'],
  leaf: ['M5 19.5C5 11 10 4.5 20 4.5c0 10-6 15.5-14 15.5', 'M5 19.5c3-4.5 6-7.5 10-10'],
} satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;
