/**
 * Stands in for semver in the web host's and Electron main's bundles (scripts/conf-without-ajv.ts):
 * conf imports it at the top for its `migrations` option, which Tend never passes (its settings file has
 * no versions of its own), yet loading it made every start parse it and build its ~40 regular expressions.
 */
function notBundled(): never {
  throw new Error('conf was given migrations, but Tend is built without semver (see scripts/conf-without-ajv.ts).');
}

export default { eq: notBundled, clean: notBundled, satisfies: notBundled, lte: notBundled, gt: notBundled };
