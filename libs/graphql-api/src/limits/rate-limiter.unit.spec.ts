import { RateLimiter } from './rate-limiter';

describe('the per-principal rate limit', () => {
  const limiters: RateLimiter[] = [];
  const limiter = (points: number) => {
    const created = new RateLimiter(points, 60_000);
    limiters.push(created);
    return created;
  };

  afterAll(() => limiters.forEach((created) => created.close()));

  it('lets a principal spend its points, then refuses with the seconds to wait', async () => {
    const rate = limiter(3);

    expect(await rate.spend('principal:a', 1)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await rate.spend('principal:a', 2)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    const refused = await rate.spend('principal:a', 1);

    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('charges a dear request its weight, so it spends the budget of many cheap ones', async () => {
    const rate = limiter(10);

    expect((await rate.spend('principal:b', 10)).allowed).toBe(true);
    expect((await rate.spend('principal:b', 1)).allowed).toBe(false);
  });

  it('keeps one budget per principal', async () => {
    const rate = limiter(1);

    expect((await rate.spend('principal:c', 1)).allowed).toBe(true);
    expect((await rate.spend('principal:d', 1)).allowed).toBe(true);
    expect((await rate.spend('principal:c', 1)).allowed).toBe(false);
  });

  it('allows everything when turned off with zero points', async () => {
    const rate = limiter(0);

    expect(rate.enabled).toBe(false);
    expect(await rate.spend('principal:e', 1_000)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });
});
