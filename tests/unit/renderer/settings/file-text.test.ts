import { describe, expect, test } from 'vitest';
import { decodeFileText } from '../../../../src/renderer/features/settings/data/file-text';

describe('decodeFileText', () => {
  test.each<[string, Uint8Array]>([
    ['UTF-8', new TextEncoder().encode('Name\nZoë Dubois\n')],
    ['UTF-8 with a BOM (the BOM is kept for the reader to drop)', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name\nZoë Dubois\n')])],
    ['UTF-16 LE with its BOM', new Uint8Array([0xff, 0xfe, ...[...'Name\nZoë Dubois\n'].flatMap((c) => [c.charCodeAt(0), 0])])],
    ['Windows-1252', new Uint8Array([...'Name\nZo'].map((c) => c.charCodeAt(0)).concat([0xeb], [...' Dubois\n'].map((c) => c.charCodeAt(0))))],
  ])('%s', (_, bytes) => {
    expect(decodeFileText(bytes).replace(/^\uFEFF/, '')).toBe('Name\nZoë Dubois\n');
  });
});
