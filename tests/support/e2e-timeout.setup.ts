// The built app runs as its own process and is restarted within a test: a generous bound, never a performance check.
jest.setTimeout(120_000);
