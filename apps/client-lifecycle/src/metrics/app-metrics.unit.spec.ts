import { AppMetrics, MAX_OPERATION_NAMES } from './app-metrics';

describe('metric labels stay bounded whatever clients send', () => {
  it(`keeps the first ${MAX_OPERATION_NAMES} operation names and calls every later one other`, () => {
    const metrics = new AppMetrics();
    const names = Array.from({ length: MAX_OPERATION_NAMES }, (_, index) => `Operation${index}`);
    for (const name of names) expect(metrics.operationOf(name)).toBe(name);

    expect(metrics.operationOf('OneTooMany')).toBe('other');
    expect(metrics.operationOf(names[7])).toBe(names[7]);
  });

  it('calls a name that is not a GraphQL name other, and an unnamed operation anonymous', () => {
    const metrics = new AppMetrics();
    expect(metrics.operationOf('x'.repeat(65))).toBe('other');
    expect(metrics.operationOf('drop table; --')).toBe('other');
    expect(metrics.operationOf(undefined)).toBe('anonymous');
  });

  it('labels only known paths by name, anything else (a scanner, a typo) other', () => {
    const metrics = new AppMetrics();
    expect(metrics.routeOf('/graphql?query=x')).toBe('/graphql');
    expect(metrics.routeOf('/health/ready/')).toBe('/health/ready');
    expect(metrics.routeOf('/wp-admin.php')).toBe('other');
  });
});
