// The one native module Tend ships and its compiled file's name: `npm start` builds it for Electron,
// `npm run dist` packs and unpacks it, and the app finds it by this name. A swap to a drop-in fork
// (same API, same binding name) is a change here only, plus the core's import of it.
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
export const NATIVE_BINARY = 'better_sqlite3.node';
