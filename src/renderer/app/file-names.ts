/** A file name for something about one person: "prep-sam-rivera-2026-11-23.md" (ASCII, no spaces). */
export function personFileName(prefix: string, name: string, day: string, extension: 'md' | 'pdf'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || 'person'}-${day}.${extension}`;
}
