/** Named loggers with levels, writing to stderr so stdout stays clean for hosts that print URLs. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;

function threshold(): number {
  const wanted = process.env.TEND_LOG_LEVEL as LogLevel | undefined;
  return wanted && wanted in LEVELS ? LEVELS[wanted] : LEVELS.info;
}

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export function log(name: string): Logger {
  const write = (level: Exclude<LogLevel, 'silent'>) => (message: string, detail?: unknown) => {
    if (LEVELS[level] < threshold()) return;
    const line = `${new Date().toISOString()} ${level.toUpperCase()} [${name}] ${message}`;
    if (detail instanceof Error) process.stderr.write(`${line}\n${detail.stack ?? detail.message}\n`);
    else if (detail !== undefined) process.stderr.write(`${line} ${JSON.stringify(detail)}\n`);
    else process.stderr.write(`${line}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
