/**
 * Lets pending I/O (HTTP requests) run. SQLite answers synchronously, so a long catch-up that
 * only awaited it would hold the event loop to the end.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How long background work may hold the event loop before `timeSlices` lets requests in. */
export const TIME_SLICE_MS = 10;

/**
 * For background work made of items of uneven cost (a client with a long history, one with a
 * short one): call the returned function after each item, and it yields to the event loop once
 * `sliceMs` have passed since the last yield, so no page of items holds the loop for long, and
 * short items do not pay a yield each.
 */
export function timeSlices(sliceMs = TIME_SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}
