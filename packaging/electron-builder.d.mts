export declare const electronSqliteFile: (version?: string) => string;
declare const config: Record<string, unknown> & { files: string[]; asarUnpack: string[]; appId: string; afterPack: string };
export default config;
