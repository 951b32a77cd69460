import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipFolder } from '../../../src/host/zip-store';
import { tempDir } from '../../fixtures/temp-dir';

/** Reads a STORE-only zip back by its local headers: name, CRC and bytes of each entry. */
function readStored(zip: Buffer): { name: string; crc: number; data: Buffer; method: number }[] {
  const entries = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const crc = zip.readUInt32LE(at + 14);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength;
    entries.push({ name, crc, method, data: zip.subarray(start, start + size) });
    at = start + size;
  }
  return entries;
}

describe('zipFolder (STORE only)', () => {
  it('holds every file of the folder under the folder’s name, byte for byte, with correct CRCs', () => {
    const root = tempDir('tend-zip');
    const dir = join(root, 'tend-markdown-2026');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Sam Rivera.md'), '# Sam Rivera\n\nLikes climbing.\n');
    writeFileSync(join(dir, 'Inés García.md'), '# Inés García\n');
    mkdirSync(join(dir, 'nested'));

    const zip = zipFolder(dir);
    const entries = readStored(zip);

    expect(entries.map((e) => e.name)).toEqual(['tend-markdown-2026/Inés García.md', 'tend-markdown-2026/Sam Rivera.md']);
    for (const entry of entries) {
      expect(entry.method).toBe(0);
      expect(entry.crc).toBe(crc32(entry.data));
      expect(entry.data.equals(readFileSync(join(root, entry.name)))).toBe(true);
    }
  });

  it('is read by the system’s unzip, which checks every CRC', () => {
    const root = tempDir('tend-zip');
    const dir = join(root, 'notes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.md'), 'x'.repeat(10_000));
    writeFileSync(join(dir, 'b.md'), 'héllo');
    const file = join(root, 'notes.zip');
    writeFileSync(file, zipFolder(dir));

    const tested = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });

    expect(tested).toMatch(/No errors detected/);
    expect(tested).toMatch(/notes\/a\.md/);
    expect(tested).toMatch(/notes\/b\.md/);
  });
});
