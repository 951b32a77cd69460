export declare const projectDir: string;
export declare const builtHost: string;
export declare function hostNeedsBuild(root?: string): boolean;
export declare function buildHost(root?: string): Promise<void>;
export declare function newestMtime(path: string): number;
