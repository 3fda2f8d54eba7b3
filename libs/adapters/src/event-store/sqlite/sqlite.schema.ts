import type { Database } from 'better-sqlite3';

/** Each entry moves the file from version `index` to `index + 1`; never edit one that has shipped. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    position       INTEGER PRIMARY KEY,
    event_id       TEXT    NOT NULL UNIQUE,
    stream_id      TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    occurred_at    TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    data           TEXT    NOT NULL,
    metadata       TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  );
  CREATE TABLE appends (
    stream_id             TEXT    NOT NULL,
    idempotency_key       TEXT    NOT NULL,
    first_position        INTEGER NOT NULL,
    last_position         INTEGER NOT NULL,
    next_expected_version INTEGER NOT NULL,
    PRIMARY KEY (stream_id, idempotency_key)
  ) WITHOUT ROWID;
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new Error(`The event store file is at schema version ${current}, newer than this build knows (${MIGRATIONS.length})`);
  db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version++) db.exec(MIGRATIONS[version]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
