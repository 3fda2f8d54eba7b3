/** A business date relative to today, so a backdated story keeps its shape whenever the suite runs. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Waits for something the app does on its own (scheduler, projections) to have happened. */
export async function eventually(check: () => Promise<boolean>, what: string, attempts = 200, intervalMs = 100): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`never happened: ${what}`);
}
