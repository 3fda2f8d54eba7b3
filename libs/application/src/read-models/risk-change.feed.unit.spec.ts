import { Recommendation, RiskBand } from '@client-lifecycle/domain';
import { type RiskChange, RiskChangeFeed } from './risk-change.feed';

const change = (clientId: string, score: number): RiskChange => ({
  clientId,
  name: clientId,
  score,
  band: score >= 50 ? RiskBand.Red : RiskBand.Green,
  recommendation: Recommendation.Keep,
  previousScore: null,
  previousBand: null,
  asOf: '2026-03-01',
  position: 1,
});

describe('risk change feed', () => {
  it("delivers a client's changes to its subscribers, in order, and all changes to subscribers of all", async () => {
    const feed = new RiskChangeFeed();
    const acme = feed.subscribe('acme');
    const all = feed.subscribe(null);

    feed.publish(change('globex', 10));
    feed.publish(change('acme', 20));
    feed.publish(change('acme', 60));

    expect((await acme.next()).value.score).toBe(20);
    expect((await acme.next()).value.score).toBe(60);
    expect([(await all.next()).value.clientId, (await all.next()).value.clientId]).toEqual(['globex', 'acme']);
  });

  it('wakes a waiting subscriber when a change arrives', async () => {
    const feed = new RiskChangeFeed();
    const waiting = feed.subscribe('acme').next();

    feed.publish(change('acme', 30));

    expect((await waiting).value).toMatchObject({ clientId: 'acme', score: 30 });
  });

  it('forgets a subscriber that stops listening', async () => {
    const feed = new RiskChangeFeed();
    const subscription = feed.subscribe(null);

    await subscription.return?.();

    expect(feed.subscriberCount).toBe(0);
    expect(await subscription.next()).toEqual({ value: undefined, done: true });
  });
});
