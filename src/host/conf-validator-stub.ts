/**
 * Stands in for ajv and ajv-formats in the web host's bundle (vite.host.config.ts aliases them here).
 * conf imports them at the top for JSON-schema validation, an option Tend never passes (settings are
 * checked with valibot in openPreferences), yet bundling them made every start parse and run them.
 */
function notBundled(): never {
  throw new Error('conf was given a JSON schema, but the web host is built without ajv (see vite.host.config.ts).');
}

export class Ajv2020 {
  constructor() {
    notBundled();
  }
}

export default notBundled;
