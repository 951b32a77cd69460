export interface AfterPackContext {
  electronPlatformName: string;
  arch: number;
  packager: { addElectronFuses(context: AfterPackContext, config: Record<string | number, unknown>): Promise<unknown> };
}
export default function afterPack(context: AfterPackContext): Promise<void>;
