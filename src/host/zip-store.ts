import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * A ZIP archive with every file STOREd (no compression), for offering the Markdown export — a
 * folder — as one browser download. Markdown is small and no zip library is installed; storing
 * keeps this a page of code that any unzip tool reads. UTF-8 names (flag bit 11); no ZIP64, so
 * each file and the whole archive must stay under 4 GiB (a journal's Markdown is megabytes).
 */

const UTF8_NAMES = 0x0800;
const VERSION = 20;

interface Entry {
  name: Buffer;
  data: Buffer;
  crc: number;
  time: number;
  date: number;
  offset: number;
}

/** zlib's CRC-32, loaded on the first export rather than by every start (a zip is only ever written). */
function crc32Of(data: Buffer): number {
  return process.getBuiltinModule('node:zlib').crc32(data);
}

/** MS-DOS time and date fields (local time, 2-second resolution, from 1980). */
function dosTimeOf(at: Date): { time: number; date: number } {
  const year = Math.max(at.getFullYear(), 1980);
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

function localHeader(entry: Entry): Buffer {
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(VERSION, 4);
  head.writeUInt16LE(UTF8_NAMES, 6);
  head.writeUInt16LE(0, 8); // method: stored
  head.writeUInt16LE(entry.time, 10);
  head.writeUInt16LE(entry.date, 12);
  head.writeUInt32LE(entry.crc, 14);
  head.writeUInt32LE(entry.data.length, 18);
  head.writeUInt32LE(entry.data.length, 22);
  head.writeUInt16LE(entry.name.length, 26);
  head.writeUInt16LE(0, 28);
  return head;
}

function centralHeader(entry: Entry): Buffer {
  const head = Buffer.alloc(46);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(VERSION, 4);
  head.writeUInt16LE(VERSION, 6);
  head.writeUInt16LE(UTF8_NAMES, 8);
  head.writeUInt16LE(0, 10);
  head.writeUInt16LE(entry.time, 12);
  head.writeUInt16LE(entry.date, 14);
  head.writeUInt32LE(entry.crc, 16);
  head.writeUInt32LE(entry.data.length, 20);
  head.writeUInt32LE(entry.data.length, 24);
  head.writeUInt16LE(entry.name.length, 28);
  // extra, comment, disk, internal and external attributes: all zero.
  head.writeUInt32LE(entry.offset, 42);
  return head;
}

/** The files of one folder (not its subfolders), sorted by name. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => item.name)
    .sort();
}

/** Zips the files of `dir` under a folder named like `dir`, so unzipping recreates the export's folder. */
export function zipFolder(dir: string): Buffer {
  const folder = basename(dir);
  const parts: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const name of filesOf(dir)) {
    const file = join(dir, name);
    const data = readFileSync(file);
    const entry: Entry = { name: Buffer.from(`${folder}/${name}`, 'utf8'), data, crc: crc32Of(data), ...dosTimeOf(statSync(file).mtime), offset };
    const head = localHeader(entry);
    parts.push(head, entry.name, data);
    offset += head.length + entry.name.length + data.length;
    entries.push(entry);
  }
  const centralStart = offset;
  for (const entry of entries) {
    const head = centralHeader(entry);
    parts.push(head, entry.name);
    offset += head.length + entry.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  parts.push(end);
  return Buffer.concat(parts);
}
