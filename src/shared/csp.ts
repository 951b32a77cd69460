/**
 * The renderer's Content-Security-Policy, the same for Electron and the web host: nothing remote,
 * no inline or eval'd script. Inline *styles* are allowed because Svelte's style directives and the
 * virtual list set element styles; that cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
