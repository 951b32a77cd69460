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
  chevron: ['M6 9l6 6 6-6'],
  edit: ['M4 20h4L19 9l-4-4L4 16z', 'M13.5 6.5l4 4'],
  archive: ['M3.5 4.5h17v4h-17z', 'M5 8.5V19a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8.5', 'M10 12.5h4'],
  restore: ['M3.5 12a8.5 8.5 0 1 0 2.6-6.1L3.5 8.5', 'M3.5 3.5v5h5'],
  calendar: ['M4 6.5a1.5 1.5 0 0 1 1.5-1.5h13A1.5 1.5 0 0 1 20 6.5v12a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 18.5z', 'M4 10h16M8.5 3v4M15.5 3v4'],
  cadence: [circle(12, 12, 8.5), 'M12 7.5V12l3 2'],
  speak: ['M4 10v4M8 7v10M12 4v16M16 8v8M20 11v2'],
  close: ['M6 6l12 12M18 6L6 18'],
  leaf: ['M5 19.5C5 11 10 4.5 20 4.5c0 10-6 15.5-14 15.5', 'M5 19.5c3-4.5 6-7.5 10-10'],
  target: [circle(12, 12, 8.5), circle(12, 12, 4.5), circle(12, 12, 0.75)],
  check: [circle(12, 12, 8.5), 'M8 12.5l2.7 2.7 5.3-5.7'],
  letGo: [circle(12, 12, 8.5), 'M8 12h8'],
  cake: [
    'M4 20.5h16',
    'M5 20.5v-7A1.5 1.5 0 0 1 6.5 12h11a1.5 1.5 0 0 1 1.5 1.5v7',
    'M5 16.5c1.2 1 2.3 1 3.5 0s2.3-1 3.5 0 2.3 1 3.5 0 2.3-1 3.5 0',
    'M12 12V9',
    'M12 6.8c-1-.8-1-2.2 0-3.3 1 1.1 1 2.5 0 3.3z',
  ],
  briefcase: [
    'M3.5 8.5A1.5 1.5 0 0 1 5 7h14a1.5 1.5 0 0 1 1.5 1.5v9A1.5 1.5 0 0 1 19 19H5a1.5 1.5 0 0 1-1.5-1.5z',
    'M9 7V5.5A1.5 1.5 0 0 1 10.5 4h3A1.5 1.5 0 0 1 15 5.5V7',
    'M3.5 12.5h17',
  ],
  eye: ['M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z', circle(12, 12, 3)],
  star: ['M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z'],
  compass: [circle(12, 12, 8.5), 'M15.5 8.5l-2 5-5 2 2-5z'],
  note: ['M6 3.5h8l4 4v13H6z', 'M14 3.5v4h4', 'M9 12h6M9 16h4'],
  trash: ['M4.5 6.5h15', 'M9.5 6.5v-2h5v2', 'M6.5 6.5l1 13h9l1-13', 'M10 10.5V16M14 10.5V16'],
  bell: ['M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15z', 'M10 20.5a2 2 0 0 0 4 0'],
  chevronDown: ['M6 9l6 6 6-6'],
  chevronRight: ['M9 6l6 6-6 6'],
  more: [circle(5.5, 12, 1), circle(12, 12, 1), circle(18.5, 12, 1)],
  heart: ['M12 20s-7.5-4.6-7.5-10A4.25 4.25 0 0 1 12 7.5 4.25 4.25 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z'],
  progress: ['M3.5 17l5.5-5.5 4 4 7.5-7.5', 'M15 8h5.5v5.5'],
  info: [circle(12, 12, 8.5), 'M12 11v5.5M12 7.75v.5'],
  warning: ['M12 4l9 16H3z', 'M12 10v4.5M12 17.25v.5'],
  lock: ['M5.5 11h13v9.5h-13z', 'M8 11V8a4 4 0 0 1 8 0v3', 'M12 14.5v2.5'],
} satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;

/**
 * Each icon as one path: its parts joined, each starting with an absolute move (M), so each is drawn
 * where it was. One element per icon rather than a keyed list of them: the sidebar, Today and People
 * draw several icons a row, and their lists were a good part of the first view's mount (issue 21).
 */
export const ICON_PATHS = Object.fromEntries(Object.entries(ICONS).map(([name, parts]) => [name, parts.join(' ')])) as Record<IconName, string>;
