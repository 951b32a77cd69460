export declare const builtMain: string;
export declare function appNeedsBuild(root?: string): boolean;
export declare function buildApp(root?: string): void;
