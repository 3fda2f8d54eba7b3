/**
 * Each entry moves the event store from version `index` to `index + 1`; never edit one that has shipped.
 *
 * Text columns use the "C" collation, so the database orders ids byte-wise as the other
 * adapters do. `occurred_at` is text because callers' ISO strings must come back exactly as
 * given; `data` and `metadata` are `json`, not `jsonb`, to keep each payload's key order.
 */
export const EVENT_STORE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    position       bigint  PRIMARY KEY,
    event_id       text    COLLATE "C" NOT NULL UNIQUE,
    stream_id      text    COLLATE "C" NOT NULL,
    revision       integer NOT NULL,
    type           text    NOT NULL,
    schema_version integer NOT NULL,
    occurred_at    text    NOT NULL,
    recorded_at    text    NOT NULL,
    data           json    NOT NULL,
    metadata       json    NOT NULL,
    UNIQUE (stream_id, revision)
  );
  CREATE TABLE appends (
    stream_id             text    COLLATE "C" NOT NULL,
    idempotency_key       text    COLLATE "C" NOT NULL,
    first_position        bigint  NOT NULL,
    last_position         bigint  NOT NULL,
    next_expected_version integer NOT NULL,
    PRIMARY KEY (stream_id, idempotency_key)
  );
  `,
];
