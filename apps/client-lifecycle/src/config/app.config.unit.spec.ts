import { ConfigError, loadConfig } from './app.config';

describe('app configuration', () => {
  it('runs on the embedded defaults when nothing is set', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      eventStore: 'sqlite',
      sqliteSynchronous: 'FULL',
      logLevel: 'log',
      scheduler: true,
      terminationProcess: true,
    });
  });

  it('reads every variable, case-insensitively for choices', () => {
    const config = loadConfig(
      { PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/lib/cl', EVENT_STORE: 'Memory', SQLITE_SYNCHRONOUS: 'normal', LOG_LEVEL: 'DEBUG', SCHEDULER: 'OFF', TERMINATION_PROCESS: 'Off' },
      '/srv/app',
    );

    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/cl',
      eventStore: 'memory',
      sqliteSynchronous: 'NORMAL',
      logLevel: 'debug',
      scheduler: false,
      terminationProcess: false,
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
});
