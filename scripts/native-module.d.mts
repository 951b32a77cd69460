export declare const NATIVE_MODULE: string;
export declare const NATIVE_BINARY: string;
