// Real SQLite and PostgreSQL files on a shared 2-core machine: a generous bound, never a performance check.
jest.setTimeout(60_000);
