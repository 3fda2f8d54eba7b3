import { ConfigError, loadConfig } from './app.config';

describe('app configuration', () => {
  it('runs on the embedded defaults when nothing is set', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      eventStore: 'sqlite',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      sqliteSynchronous: 'FULL',
      logLevel: 'log',
      scheduler: true,
      roles: new Set(['api', 'projector', 'scheduler', 'saga', 'relay']),
      kurrentDbConnectionString: null,
      leases: 'files',
    });
  });

  it('reads every variable, case-insensitively for choices', () => {
    const config = loadConfig(
      { PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/lib/cl', EVENT_STORE: 'Memory', SQLITE_SYNCHRONOUS: 'normal', LOG_LEVEL: 'DEBUG', SCHEDULER: 'OFF' },
      '/srv/app',
    );

    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/cl',
      eventStore: 'memory',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      sqliteSynchronous: 'NORMAL',
      logLevel: 'debug',
      scheduler: false,
      roles: new Set(['api', 'projector', 'scheduler', 'saga', 'relay']),
      kurrentDbConnectionString: null,
      leases: 'files',
    });
  });

  it('names every bad variable and what it accepts, all at once', () => {
    const attempt = () => loadConfig({ PORT: '80a', EVENT_STORE: 'mongo', SQLITE_SYNCHRONOUS: 'OFF', LOG_LEVEL: 'loud' });

    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems[0]).toBe('PORT="80a" is not valid: expected an integer from 0 to 65535 (0 picks a free port)');
      expect(problems[1]).toMatch(/^EVENT_STORE="mongo" is not valid: expected sqlite .* or memory/);
      expect(problems[2]).toMatch(/^SQLITE_SYNCHRONOUS="OFF"/);
      expect(problems[3]).toMatch(/^LOG_LEVEL="loud"/);
    }
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000" is not valid/);
  });

  describe('roles and the scale-out stores', () => {
    it('runs the roles named, in any case and spacing', () => {
      expect(loadConfig({ ROLES: ' Projector, scheduler ,relay' }).roles).toEqual(new Set(['projector', 'scheduler', 'relay']));
      expect(loadConfig({ ROLES: 'api' }).roles).toEqual(new Set(['api']));
    });

    it('refuses an unknown role or an empty list, naming the roles it knows', () => {
      expect(() => loadConfig({ ROLES: 'api,projektor' })).toThrow(
        'ROLES="api,projektor" is not valid: expected a comma-separated list of api, projector, scheduler, saga, relay',
      );
      expect(() => loadConfig({ ROLES: ' , ' })).toThrow(/ROLES=" , " is not valid/);
    });

    it('stores events in KurrentDB when told where it is', () => {
      const config = loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_CONNECTION_STRING: 'kurrentdb://kurrentdb:2113?tls=false' });

      expect(config).toMatchObject({ eventStore: 'kurrentdb', kurrentDbConnectionString: 'kurrentdb://kurrentdb:2113?tls=false' });
    });

    it('refuses EVENT_STORE=kurrentdb without a connection string', () => {
      expect(() => loadConfig({ EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_CONNECTION_STRING is not set/);
    });

    it('takes leases from PostgreSQL when told, at DATABASE_URL', () => {
      expect(loadConfig({ LEASES: 'Postgres', DATABASE_URL: 'postgres://app@db:5432/app' })).toMatchObject({
        leases: 'postgres',
        databaseUrl: 'postgres://app@db:5432/app',
      });
    });

    it('refuses an unknown lease backend', () => {
      expect(() => loadConfig({ LEASES: 'redis' })).toThrow(/LEASES="redis" is not valid: expected files .* or postgres/);
    });
  });
});
