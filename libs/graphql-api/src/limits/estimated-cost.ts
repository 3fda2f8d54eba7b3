/** What QueryLimitsMiddleware estimated for an HTTP request, for the rate limit to spend without estimating it again. */
interface Estimated {
  readonly source: string;
  readonly operationName: string | null;
  readonly cost: number;
}

const estimates = new WeakMap<object, Estimated>();

export function rememberEstimatedCost(request: object, source: string, operationName: string | null, cost: number): void {
  estimates.set(request, { source, operationName, cost });
}

/** The cost estimated for this request's document and operation name; undefined when it was not (a persisted query sent by hash alone, a batch). */
export function estimatedCostOf(request: object | undefined, source: string | undefined, operationName: string | null | undefined): number | undefined {
  const estimated = request === undefined ? undefined : estimates.get(request);
  if (estimated === undefined || estimated.source !== source || estimated.operationName !== (operationName ?? null)) return undefined;
  return estimated.cost;
}
