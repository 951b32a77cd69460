export declare const FUSES: Record<string, boolean>;
export declare function fuseConfig(
  fuses: { FuseVersion: { V1: string }; FuseV1Options: Record<string, string | number> },
  target: { platform: string; arch: string | undefined },
): Record<string | number, unknown>;
