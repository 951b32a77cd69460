export declare class PrepareError extends Error {}

export declare function electronVersion(root?: string): string;
export declare function electronAbi(root?: string): number;
export declare function electronSqliteBinding(root: string, version: string): string;

export interface AbiMismatch {
  builtFor: number;
  required: number;
}
export declare function parseAbiMismatch(message: string): AbiMismatch | null;

export type AbiVerdict = { ok: true } | { ok: false; reason: string };
export declare function abiVerdict(loadError: string | null, expectedAbi: number): AbiVerdict;
export declare function loadErrorInNode(file: string): string | null;
export declare function checkElectronBinding(file: string, expectedAbi: number): AbiVerdict;

export declare function prepareElectronSqlite(options?: {
  root?: string;
  arch?: string;
  onProgress?: (line: string) => void;
}): { binding: string; built: boolean };
