export declare const projectDir: string;

export interface FindElectronBinaryOptions {
  root?: string;
  env?: Record<string, string | undefined>;
  platform?: string;
}

/** The Electron executable's path, or null if it is not on disk (never downloads). */
export declare function findElectronBinary(options?: FindElectronBinaryOptions): string | null;
