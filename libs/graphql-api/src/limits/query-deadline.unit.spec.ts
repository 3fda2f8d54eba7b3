import { buildSchema, graphql } from 'graphql';
import { QUERY_DEADLINE, QueryDeadline, withQueryDeadlines } from './query-deadline';

/** A clock that moves on by a millisecond each time it is read. */
const ticking = () => {
  let now = 0;
  return () => now++;
};

const schema = () => {
  const built = buildSchema('type Row { id: String! name: String! } type Query { rows: [Row!]! count: Int! }');
  built.getQueryType()!.getFields().rows.resolve = () => [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ];
  return withQueryDeadlines(built);
};

describe('the query deadline', () => {
  it('lets every field resolve while the deadline is ahead', async () => {
    const deadline = new QueryDeadline(1_000, ticking());

    const result = await graphql({
      schema: schema(),
      source: '{ rows { id name } count }',
      rootValue: { count: 2 },
      contextValue: { [QUERY_DEADLINE]: deadline },
    });

    expect(result).toEqual({
      data: {
        rows: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        count: 2,
      },
    });
    expect(deadline.timedOut).toBe(false);
  });

  it('refuses every field still to resolve once past it, fields without a resolver of their own too', async () => {
    // Read once per field: rows (0), then a's id (1), a's name (2), past the deadline of 2 from then on.
    const deadline = new QueryDeadline(2, ticking());

    const result = await graphql({ schema: schema(), source: '{ rows { id name } }', contextValue: { [QUERY_DEADLINE]: deadline } });

    expect(deadline.timedOut).toBe(true);
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions])).toEqual([
      ['rows.1.id', { code: 'REQUEST_TIMEOUT', reason: 'LIMITS.DEADLINE_EXCEEDED' }],
    ]);
  });

  it('stays past once passed, whatever the clock says next', () => {
    let now = 5;
    const deadline = new QueryDeadline(4, () => now);
    expect(() => deadline.check()).toThrow('deadline');

    now = 0;

    expect(() => deadline.check()).toThrow('deadline');
  });

  it('checks nothing for an operation without a deadline in its context (mutations, subscriptions)', async () => {
    const result = await graphql({ schema: schema(), source: '{ rows { id } }', contextValue: {} });

    expect(result).toEqual({ data: { rows: [{ id: 'a' }, { id: 'b' }] } });
  });
});
