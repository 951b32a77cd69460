/**
 * A chosen file's text in the encoding it was saved in: UTF-16 when it starts with that byte-order
 * mark (Excel's "Unicode text"), else UTF-8, else Windows-1252 (older spreadsheets on Windows), so
 * "Zoë" is read as written rather than as "ZoÃ«" or "Zo�".
 */
export function decodeFileText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
