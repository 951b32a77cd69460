/**
 * Which prep sheet sections the leader folded (issue 20, item 17: a scannable sheet). Kept in the page's
 * localStorage, one list for every sheet: someone who never reads "A year ago" folds it once.
 */
const KEY = 'tend.prep.folded';

function folded(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function isCollapsed(section: string): boolean {
  return folded().includes(section);
}

export function setCollapsed(section: string, collapsed: boolean): void {
  const others = folded().filter((item) => item !== section);
  localStorage.setItem(KEY, JSON.stringify(collapsed ? [...others, section] : others));
}
