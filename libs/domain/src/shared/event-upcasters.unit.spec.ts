import { EventUpcasters, MissingUpcasterError } from './event-upcasters';

const versions = { NoteTaken: 3, ClientRegistered: 1 };
const upcasters = new EventUpcasters(versions, [
  { type: 'NoteTaken', fromVersion: 1, upcast: (data) => ({ ...(data as object), tags: [] }) },
  {
    type: 'NoteTaken',
    fromVersion: 2,
    upcast: (data) => {
      const { text, ...rest } = data as { text: string };
      return { ...rest, body: text };
    },
  },
]);

describe('event upcasters', () => {
  it('lift a stored payload through every step up to the current version', () => {
    expect(upcasters.upcast('NoteTaken', 1, { text: 'hello' })).toEqual({ body: 'hello', tags: [] });
    expect(upcasters.upcast('NoteTaken', 2, { text: 'hello', tags: ['a'] })).toEqual({ body: 'hello', tags: ['a'] });
  });

  it('hand a current payload back untouched', () => {
    const data = { body: 'hello', tags: [] };
    expect(upcasters.upcast('NoteTaken', 3, data)).toBe(data);
  });

  it('refuse a version no upcaster reaches, and one newer than the code knows', () => {
    const gap = new EventUpcasters(versions, [{ type: 'NoteTaken', fromVersion: 2, upcast: (data) => data }]);
    expect(() => gap.upcast('NoteTaken', 1, {})).toThrow(MissingUpcasterError);
    expect(() => upcasters.upcast('NoteTaken', 4, {})).toThrow(MissingUpcasterError);
  });

  it('refuse at construction an upcaster for an unknown type, a current version or the same step twice', () => {
    expect(() => new EventUpcasters(versions, [{ type: 'Nope', fromVersion: 1, upcast: (data) => data }])).toThrow(/unknown event type/);
    expect(() => new EventUpcasters(versions, [{ type: 'NoteTaken', fromVersion: 3, upcast: (data) => data }])).toThrow(/outside/);
    const twice = { type: 'NoteTaken', fromVersion: 1, upcast: (data: unknown) => data };
    expect(() => new EventUpcasters(versions, [twice, twice])).toThrow(/Two upcasters/);
  });
});
