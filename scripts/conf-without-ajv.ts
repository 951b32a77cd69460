import { resolve } from 'node:path';

/**
 * Aliases that leave ajv out of a bundle that includes conf (the web host's, and Electron main's with
 * electron-store): conf imports ajv at the top for JSON-schema validation, which Tend never asks of
 * it. The stub throws if a schema is ever passed. One map, so both builds leave out the same modules.
 */
const STUB = resolve('src/core/settings/conf-validator-stub.ts');
/** semver likewise, which conf imports only for its `migrations` option (conf-semver-stub.ts). */
const SEMVER_STUB = resolve('src/core/settings/conf-semver-stub.ts');

export const CONF_WITHOUT_AJV = {
  'ajv/dist/2020.js': STUB,
  'ajv-formats': STUB,
  semver: SEMVER_STUB,
};
