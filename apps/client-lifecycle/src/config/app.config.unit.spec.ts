import { ConfigError, loadConfig } from './app.config';

describe('app configuration', () => {
  it('runs on the embedded defaults when nothing is set', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      eventStore: 'sqlite',
      readModelStore: 'sqlite',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      sqliteSynchronous: 'FULL',
      logLevel: 'log',
      scheduler: true,
      kafkaBrokers: [],
      kafkaCreateTopics: true,
      roles: new Set(['api', 'projector', 'scheduler', 'saga', 'relay']),
      kurrentDbConnectionString: null,
      leases: 'files',
      clientCacheMb: 128,
      dataKey: null,
      dataKeyFile: null,
      dataKeyPrevious: [],
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
      readModelStore: 'memory',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      sqliteSynchronous: 'NORMAL',
      logLevel: 'debug',
      scheduler: false,
      kafkaBrokers: [],
      kafkaCreateTopics: true,
      roles: new Set(['api', 'projector', 'scheduler', 'saga', 'relay']),
      kurrentDbConnectionString: null,
      leases: 'files',
      clientCacheMb: 128,
      dataKey: null,
      dataKeyFile: null,
      dataKeyPrevious: [],
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

  it('takes the heap budget of the folded-client cache in MiB, and refuses anything but a whole number', () => {
    expect(loadConfig({ CLIENT_CACHE_MB: '512' }).clientCacheMb).toBe(512);
    expect(loadConfig({ CLIENT_CACHE_MB: '0' }).clientCacheMb).toBe(0);
  });

  it('takes the master data key inline or from a file, never both, and never echoes it', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ DATA_KEY: key }).dataKey).toBe(key);
    expect(loadConfig({ DATA_KEY_FILE: 'secrets/key' }, '/srv/app').dataKeyFile).toBe('/srv/app/secrets/key');
    expect(() => loadConfig({ DATA_KEY: key, DATA_KEY_FILE: '/k' })).toThrow(/both set/);
    expect(() => loadConfig({ DATA_KEY: 'c2hvcnQta2V5' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_KEY: 'c2hvcnQta2V5' })).not.toThrow(/c2hvcnQta2V5/);
    expect(loadConfig({ DATA_KEY: key, DATA_KEY_PREVIOUS: ` ${key} , ${key}` }).dataKeyPrevious).toEqual([key, key]);
    expect(() => loadConfig({ DATA_KEY_PREVIOUS: 'c2hvcnQ=' })).toThrow(/DATA_KEY_PREVIOUS is not valid/);
    expect(() => loadConfig({ CLIENT_CACHE_MB: '1.5' })).toThrow(/CLIENT_CACHE_MB="1.5" is not valid: expected an integer from 0 to 65536/);
    expect(() => loadConfig({ CLIENT_CACHE_MB: '100000' })).toThrow(/CLIENT_CACHE_MB="100000" is not valid/);
  });

  it('takes PostgreSQL and its database URL', () => {
    const config = loadConfig({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgresql://app:s3cret@db.internal:6432/lifecycle?sslmode=require' });

    expect(config).toMatchObject({ eventStore: 'postgres', databaseUrl: 'postgresql://app:s3cret@db.internal:6432/lifecycle?sslmode=require' });
  });

  it.each([
    ['not a URL', 'db.internal:5432/lifecycle'],
    ['another scheme', 'mysql://app@db.internal/lifecycle'],
    ['no database', 'postgres://app@db.internal:5432/'],
    ['no host', 'postgres:///lifecycle'],
  ])('refuses a database URL with %s, naming the variable but not echoing a password', (_, url) => {
    const attempt = () => loadConfig({ EVENT_STORE: 'postgres', DATABASE_URL: url });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL is not valid: expected a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  it('keeps a password in a bad database URL out of the error', () => {
    const message = (() => {
      try {
        loadConfig({ DATABASE_URL: 'postgres://app:s3cret@db.internal:5432' });
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    })();

    expect(message).toMatch(/DATABASE_URL is not valid/);
    expect(message).not.toContain('s3cret');
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000" is not valid/);
  });

  it('turns the Kafka relay on with a list of brokers, and topic creation off on request', () => {
    const config = loadConfig({ KAFKA_BROKERS: ' kafka-1:9092, 10.0.0.7:19092 ', KAFKA_CREATE_TOPICS: 'OFF' });

    expect(config.kafkaBrokers).toEqual(['kafka-1:9092', '10.0.0.7:19092']);
    expect(config.kafkaCreateTopics).toBe(false);
  });

  it.each(['kafka-1', 'kafka-1:99999', 'kafka 1:9092', ',', 'kafka-1:9092,localhost'])('refuses KAFKA_BROKERS=%p, naming what it accepts', (value) => {
    expect(() => loadConfig({ KAFKA_BROKERS: value })).toThrow(
      `KAFKA_BROKERS=${JSON.stringify(value)} is not valid: expected comma-separated host:port of Kafka brokers`,
    );
  });

  it('refuses a KAFKA_CREATE_TOPICS that is neither on nor off', () => {
    expect(() => loadConfig({ KAFKA_CREATE_TOPICS: 'maybe' })).toThrow(/KAFKA_CREATE_TOPICS="maybe" is not valid: expected on/);
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

    it('takes leases from PostgreSQL by default when the log is there, so workers on several hosts exclude each other', () => {
      expect(loadConfig({ EVENT_STORE: 'postgres' }).leases).toBe('postgres');
      expect(loadConfig({ EVENT_STORE: 'postgres', LEASES: 'files' }).leases).toBe('files');
    });

    it('keeps the read models where the log is, and in PostgreSQL beside a KurrentDB log when told', () => {
      expect(loadConfig({ EVENT_STORE: 'postgres' }).readModelStore).toBe('postgres');
      const kurrent = { EVENT_STORE: 'kurrentdb', KURRENTDB_CONNECTION_STRING: 'kurrentdb://kurrentdb:2113?tls=false' };
      expect(loadConfig(kurrent).readModelStore).toBe('sqlite');
      expect(loadConfig({ ...kurrent, READ_MODEL_STORE: 'Postgres' })).toMatchObject({ readModelStore: 'postgres', leases: 'postgres' });
    });

    it('refuses an unknown read-model store', () => {
      expect(() => loadConfig({ READ_MODEL_STORE: 'redis' })).toThrow(/READ_MODEL_STORE="redis" is not valid: expected sqlite .* or memory/);
    });

    it('refuses an unknown lease backend', () => {
      expect(() => loadConfig({ LEASES: 'redis' })).toThrow(/LEASES="redis" is not valid: expected files .* or postgres/);
    });
  });
});
