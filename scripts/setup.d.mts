export interface LockEntry {
  version?: string;
  optional?: boolean;
  link?: boolean;
}
export declare function lockMismatch(lock: { packages?: Record<string, LockEntry> }, installedVersion: (path: string) => string | null): string | null;
export declare function installMismatch(root?: string): string | null;
export declare function ensureInstalled(options?: { root?: string; say?: (line: string) => void }): string | null;
export declare const DEBIAN_CHROMIUM: string;
export type BrowserPlan = { use: 'debian' | 'playwright' } | { install: true } | { missing: string };
export declare function browserPlan(facts: { debianChromium: boolean; playwrightChromium: boolean; online: boolean }): BrowserPlan;
export declare function canReachPlaywrightCdn(timeoutMs?: number): Promise<boolean>;
export declare function ensureBrowser(options?: { root?: string; say?: (line: string) => void }): Promise<string | null>;
