import { logEntries } from './log-entries';

describe('reading the app log as entries, whichever format it is written in', () => {
  it('reads the level of each JSON line (NODE_ENV=production)', () => {
    const output = [
      '{"level":30,"time":"2026-11-27T15:39:43.200Z","msg":"Listening on http://127.0.0.1:3000"}',
      '{"level":40,"time":"2026-11-27T15:39:43.245Z","context":"HTTP","msg":"Refused POST /graphql: REQUEST.MALFORMED_JSON (HTTP 400)"}',
      '{"level":50,"time":"2026-11-27T15:39:43.300Z","err":{"stack":"Error: boom\\n    at f (a.js:1:1)"},"msg":"Internal error"}',
      '',
    ].join('\n');

    expect(logEntries(output).map((entry) => entry.level)).toEqual(['info', 'warn', 'error']);
  });

  it('keeps the indented lines of a pretty entry (its fields, a stack) with it', () => {
    const output = [
      '[15:40:29.719] INFO: POST /graphql 200',
      '    reqId: "0c6243b3"',
      '[15:40:29.801] ERROR (RequestLimits): Internal error',
      '    err: {',
      '      "stack": "Error: boom',
      '          at f (a.js:1:1)"',
      '    }',
      '[15:40:29.900] WARN (HTTP): Refused POST /graphql: REQUEST.MALFORMED_JSON (HTTP 400)',
    ].join('\n');

    const entries = logEntries(output);

    expect(entries.map((entry) => entry.level)).toEqual(['info', 'error', 'warn']);
    expect(entries[0].text).toBe('[15:40:29.719] INFO: POST /graphql 200\n    reqId: "0c6243b3"');
    expect(entries[1].text).toMatch(/\n\s+at f \(a\.js:1:1\)/);
    expect(entries[2].text).not.toMatch(/\n/);
  });

  it('gives no level to a line that is neither', () => {
    expect(logEntries('npm warn something\n{not json')).toEqual([
      { level: null, text: 'npm warn something' },
      { level: null, text: '{not json' },
    ]);
  });
});
