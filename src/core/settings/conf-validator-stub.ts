/**
 * Stands in for ajv and ajv-formats in the web host's and Electron main's bundles (vite.host.config.ts
 * and electron.vite.config.ts alias them here). conf, and electron-store on top of it, import them at
 * the top for JSON-schema validation, an option Tend never passes (settings are checked with valibot
 * in openPreferences), yet loading them made every start parse and run them.
 */
function notBundled(): never {
  throw new Error('conf was given a JSON schema, but Tend is built without ajv (see vite.host.config.ts and electron.vite.config.ts).');
}

export class Ajv2020 {
  constructor() {
    notBundled();
  }
}

export default notBundled;
