/** Each entry moves the file from version `index` to `index + 1`; never edit one that has shipped. */
export const EVENT_STORE_MIGRATIONS: readonly string[] = [
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
