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
  -- One append in one statement, so the append lock is held for one round trip plus the commit.
  -- Under READ COMMITTED each statement of a volatile function takes a fresh snapshot, so the
  -- lookups after the lock see the previous holder's commit.
  CREATE FUNCTION append_events(
    lock_key integer, stream text, expected integer, idempotency text, appended json, recorded text, channel text, announcer text
  ) RETURNS TABLE (outcome text, o_version integer, o_head bigint, o_first bigint, o_last bigint, o_next integer)
  LANGUAGE plpgsql AS $$
  DECLARE
    earlier appends%ROWTYPE;
    version integer;
    head bigint;
    stored integer;
  BEGIN
    PERFORM pg_advisory_xact_lock(lock_key, hashtext(current_schema()));
    IF idempotency IS NOT NULL THEN
      SELECT * INTO earlier FROM appends a WHERE a.stream_id = stream AND a.idempotency_key = idempotency;
      IF FOUND THEN
        RETURN QUERY SELECT 'deduplicated', NULL::integer, NULL::bigint, earlier.first_position, earlier.last_position, earlier.next_expected_version;
        RETURN;
      END IF;
    END IF;
    SELECT coalesce(max(e.revision), 0) INTO version FROM events e WHERE e.stream_id = stream;
    IF expected IS NOT NULL AND expected <> version THEN
      RETURN QUERY SELECT 'conflict', version, NULL::bigint, NULL::bigint, NULL::bigint, NULL::integer;
      RETURN;
    END IF;
    SELECT coalesce(max(e.position), 0) INTO head FROM events e;
    INSERT INTO events (position, event_id, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, metadata)
    SELECT head + x.n, x.i, stream, version + x.n, x.t, x.v, x.o, recorded, x.d, x.m
    FROM json_to_recordset(appended) AS x (n integer, i text, t text, v integer, o text, d json, m json);
    GET DIAGNOSTICS stored = ROW_COUNT;
    IF idempotency IS NOT NULL THEN
      INSERT INTO appends (stream_id, idempotency_key, first_position, last_position, next_expected_version)
      VALUES (stream, idempotency, head + 1, head + stored, version + stored);
    END IF;
    PERFORM pg_notify(channel, announcer || ':' || (head + stored));
    RETURN QUERY SELECT 'stored', version, head, head + 1, head + stored, version + stored;
  END;
  $$;
  `,
];
