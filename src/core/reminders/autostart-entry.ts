/**
 * Launch at login on Linux, where `app.setLoginItemSettings` does nothing: an XDG autostart entry at
 * `~/.config/autostart/<app>.desktop`. Pure text in, text out; the host reads and writes the file.
 * Escaping follows the Desktop Entry Specification ("The Exec key" and "Possible value types").
 */

export interface AutostartOptions {
  /** Shown in the desktop's "Startup Applications" list. */
  name: string;
  execPath: string;
  /** E.g. ['--hidden'], so a login start opens to the tray, not a window. */
  args: readonly string[];
  comment?: string;
  icon?: string;
}

/** Characters that make an Exec argument need double quotes. */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** Inside double quotes, these four are escaped with a backslash. */
function quoteArgument(arg: string): string {
  if (arg !== '' && !RESERVED.test(arg)) return arg;
  return `"${arg.replace(/["`$\\]/g, (char) => `\\${char}`)}"`;
}

/**
 * A value of type string: backslash and control characters escaped. Applied after quoting, which is
 * why a literal backslash in a quoted argument ends up as four backslashes and `$` as `\\$`.
 */
function escapeStringValue(value: string): string {
  return value.replace(/[\\\n\t\r]/g, (char) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[char]!);
}

/** The Exec value: each argument quoted if needed, `%` doubled (it introduces field codes like %U). */
export function execLine(execPath: string, args: readonly string[]): string {
  const command = [execPath, ...args].map(quoteArgument).join(' ').replace(/%/g, '%%');
  return escapeStringValue(command);
}

export function autostartEntry(options: AutostartOptions): string {
  const lines = [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${escapeStringValue(options.name)}`,
    ...(options.comment ? [`Comment=${escapeStringValue(options.comment)}`] : []),
    `Exec=${execLine(options.execPath, options.args)}`,
    ...(options.icon ? [`Icon=${escapeStringValue(options.icon)}`] : []),
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
  ];
  return `${lines.join('\n')}\n`;
}

/** The keys of the `[Desktop Entry]` group; other groups (actions) and comments are ignored. */
function desktopEntryKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  let inMainGroup = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      inMainGroup = line === '[Desktop Entry]';
      continue;
    }
    const equals = line.indexOf('=');
    if (inMainGroup && equals > 0) keys.set(line.slice(0, equals).trim(), line.slice(equals + 1).trim());
  }
  return keys;
}

/**
 * Whether Tend may (re)write its autostart entry. A user who turned it off in their desktop's
 * startup settings left `Hidden=true` (the spec's "deleted") or GNOME's `X-GNOME-Autostart-enabled=false`
 * in the file; overwriting that would silently undo their choice.
 */
export function shouldWriteAutostart(existingText: string | null): boolean {
  if (existingText === null) return true;
  const keys = desktopEntryKeys(existingText);
  return keys.get('Hidden') !== 'true' && keys.get('X-GNOME-Autostart-enabled') !== 'false';
}
