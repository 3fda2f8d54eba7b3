/**
 * Lets pending I/O (HTTP requests) run. SQLite answers synchronously, so a long catch-up that
 * only awaited it would hold the event loop to the end.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
