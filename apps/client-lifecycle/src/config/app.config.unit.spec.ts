import { DEFAULT_PAYMENT_PLAN_LIMITS, PlanInterest } from '@client-lifecycle/domain';
import { DEFAULT_REQUEST_LIMITS } from '@client-lifecycle/graphql-api';
import { ConfigError, loadConfig } from './app.config';
import { DEFAULT_HTTP_SETTINGS } from './limits.config';

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
      assessmentCacheMb: 64,
      limits: DEFAULT_REQUEST_LIMITS,
      http: DEFAULT_HTTP_SETTINGS,
      paymentPlanLimits: DEFAULT_PAYMENT_PLAN_LIMITS,
      foldCacheClients: 1_000,
      operations: { logFormat: 'pretty', noColour: false, tracing: null, readyMaxProjectionLag: 10_000, readyMinFreeDiskMb: 64, rebuildReadModels: false },
      access: { authentication: true, adminApiKey: null, jwt: null },
      dataKey: null,
      dataKeyFile: null,
      dataKeyPrevious: [],
    });
  });

  it('reads every variable, case-insensitively for choices', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/cl',
        EVENT_STORE: 'Memory',
        SQLITE_SYNCHRONOUS: 'normal',
        LOG_LEVEL: 'DEBUG',
        SCHEDULER: 'OFF',
        FOLD_CACHE_CLIENTS: '250000',
      },
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
      assessmentCacheMb: 64,
      limits: DEFAULT_REQUEST_LIMITS,
      http: DEFAULT_HTTP_SETTINGS,
      paymentPlanLimits: DEFAULT_PAYMENT_PLAN_LIMITS,
      foldCacheClients: 250_000,
      operations: expect.objectContaining({ logFormat: 'pretty' }),
      access: { authentication: true, adminApiKey: null, jwt: null },
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

  it("takes the heap budget of the client list's parsed assessments in MiB, and refuses anything but a whole number", () => {
    expect(loadConfig({ ASSESSMENT_CACHE_MB: '64' }).assessmentCacheMb).toBe(64);
    expect(loadConfig({ ASSESSMENT_CACHE_MB: '0' }).assessmentCacheMb).toBe(0);
    expect(() => loadConfig({ ASSESSMENT_CACHE_MB: '-1' })).toThrow(/ASSESSMENT_CACHE_MB="-1" is not valid: expected an integer from 0 to 65536/);
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

  it('refuses a fold cache that is not a whole number of clients', () => {
    for (const value of ['0', '-5', '12.5', 'lots'])
      expect(() => loadConfig({ FOLD_CACHE_CLIENTS: value })).toThrow(/FOLD_CACHE_CLIENTS=".*" is not valid: expected an integer from 1 to 10000000/);
  });

  it('takes the payment-plan guardrails, and refuses them out of range', () => {
    const config = loadConfig({
      PAYMENT_PLAN_MAX_DAYS: '60',
      PAYMENT_PLAN_MAX_INSTALMENTS: '3',
      PAYMENT_PLAN_MIN_FIRST_PERCENT: '40',
      PAYMENT_PLAN_INTEREST: 'Charged',
    });
    expect(config.paymentPlanLimits).toEqual({
      ...DEFAULT_PAYMENT_PLAN_LIMITS,
      maxLengthDays: 60,
      maxInstalments: 3,
      minFirstInstalmentPercent: 40,
      interest: PlanInterest.Charged,
    });
    expect(() => loadConfig({ PAYMENT_PLAN_MAX_DAYS: '400', PAYMENT_PLAN_MIN_FIRST_PERCENT: '101', PAYMENT_PLAN_INTEREST: 'sometimes' })).toThrow(
      /PAYMENT_PLAN_MAX_DAYS="400" is not valid[\s\S]*PAYMENT_PLAN_MIN_FIRST_PERCENT="101" is not valid[\s\S]*PAYMENT_PLAN_INTEREST="sometimes" is not valid/,
    );
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

  describe('operations', () => {
    it('logs JSON lines in production and readable lines elsewhere, unless LOG_FORMAT says otherwise', () => {
      expect(loadConfig({ NODE_ENV: 'production' }).operations.logFormat).toBe('json');
      expect(loadConfig({ NODE_ENV: 'development' }).operations.logFormat).toBe('pretty');
      expect(loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'Pretty' }).operations.logFormat).toBe('pretty');
      expect(loadConfig({ NO_COLOR: '1' }).operations.noColour).toBe(true);
    });

    it('traces only when an OTLP endpoint is given, with the standard OTEL_* variables', () => {
      expect(loadConfig({ OTEL_SERVICE_NAME: 'crm' }).operations.tracing).toBeNull();
      expect(
        loadConfig({
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
          OTEL_SERVICE_NAME: 'crm',
          OTEL_TRACES_SAMPLER: 'traceidratio',
          OTEL_TRACES_SAMPLER_ARG: '0.25',
        }).operations.tracing,
      ).toEqual({ serviceName: 'crm', tracesEndpoint: 'http://collector:4318/v1/traces', sampler: 'traceidratio', samplerRatio: 0.25 });
      expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/traces' }).operations.tracing).toMatchObject({
        serviceName: 'client-lifecycle',
        tracesEndpoint: 'http://collector:4318/traces',
        sampler: 'parentbased_always_on',
      });
    });

    it('refuses an unknown sampler, a ratio outside 0..1 and a negative lag threshold', () => {
      expect(() => loadConfig({ OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/OTEL_TRACES_SAMPLER="sometimes" is not valid/);
      expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(/OTEL_TRACES_SAMPLER_ARG="2" is not valid/);
      expect(() => loadConfig({ READY_MAX_PROJECTION_LAG: '-1' })).toThrow(/READY_MAX_PROJECTION_LAG="-1" is not valid/);
    });

    it('refuses to start on an empty log beside full read models unless asked to rebuild them', () => {
      expect(loadConfig({}).operations.rebuildReadModels).toBe(false);
      expect(loadConfig({ REBUILD_READ_MODELS: 'on' }).operations.rebuildReadModels).toBe(true);
    });
  });

  describe('authentication', () => {
    const ADMIN_KEY = 'ci-admin-key-0123456789abcdefghijklmnop';

    it('takes an operator ADMIN_API_KEY and an identity provider', () => {
      const config = loadConfig({
        ADMIN_API_KEY: ADMIN_KEY,
        AUTH_JWKS_URL: 'https://login.example.com/.well-known/jwks.json',
        AUTH_ISSUER: 'https://login.example.com/',
        AUTH_AUDIENCE: 'client-lifecycle',
        AUTH_ROLES_CLAIM: 'realm_access.roles',
      });

      expect(config.access).toEqual({
        authentication: true,
        adminApiKey: ADMIN_KEY,
        jwt: {
          jwksUrl: 'https://login.example.com/.well-known/jwks.json',
          issuer: 'https://login.example.com/',
          audience: 'client-lifecycle',
          rolesClaim: 'realm_access.roles',
        },
      });
    });

    it('refuses a short ADMIN_API_KEY without echoing it', () => {
      const attempt = () => loadConfig({ ADMIN_API_KEY: 'short-secret' });

      expect(attempt).toThrow(/ADMIN_API_KEY is not valid: expected a secret of at least 32 characters/);
      expect(attempt).not.toThrow(/short-secret/);
    });

    it('needs issuer and audience with a JWKS URL, and a JWKS URL with them', () => {
      expect(() => loadConfig({ AUTH_JWKS_URL: 'https://login.example.com/jwks' })).toThrow(/AUTH_ISSUER is not set[\s\S]*AUTH_AUDIENCE is not set/);
      expect(() => loadConfig({ AUTH_ISSUER: 'https://login.example.com/' })).toThrow(/need AUTH_JWKS_URL/);
      expect(() => loadConfig({ AUTH_JWKS_URL: 'ftp://login.example.com/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toThrow(/AUTH_JWKS_URL="ftp/);
    });

    it('switches authentication off only under NODE_ENV=test', () => {
      expect(loadConfig({ AUTHENTICATION: 'off', NODE_ENV: 'test' }).access.authentication).toBe(false);
      expect(() => loadConfig({ AUTHENTICATION: 'off', NODE_ENV: 'production' })).toThrow(/AUTHENTICATION="off" is not valid/);
      expect(() => loadConfig({ AUTHENTICATION: 'off' })).toThrow(/only when NODE_ENV=test/);
    });
  });
});
