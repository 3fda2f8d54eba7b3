export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** One entry of the app's log: its level and its whole text (a JSON line, or a pretty line with its indented fields). */
export interface LogEntry {
  readonly level: LogLevel | null;
  readonly text: string;
}

const PINO_LEVELS: Readonly<Record<number, LogLevel>> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const PRETTY_LEVEL = /^\[[^\]]*\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\b/;

function jsonLevel(line: string): LogLevel | null {
  try {
    const { level } = JSON.parse(line) as { level?: unknown };
    return typeof level === 'number' ? (PINO_LEVELS[level] ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * The entries of the app's output, whichever format it logs in: pino's JSON (NODE_ENV=production)
 * or pino-pretty's text, where the lines indented under an entry (its fields, a stack) belong to it.
 */
export function logEntries(output: string): LogEntry[] {
  const entries: { level: LogLevel | null; text: string }[] = [];
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    const last = entries[entries.length - 1];
    if (/^\s/.test(line) && last) {
      last.text += `\n${line}`;
      continue;
    }
    const pretty = PRETTY_LEVEL.exec(line);
    entries.push({ level: pretty ? (pretty[1].toLowerCase() as LogLevel) : line.startsWith('{') ? jsonLevel(line) : null, text: line });
  }
  return entries;
}
