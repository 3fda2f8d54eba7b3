import { ConfigError, loadConfig } from './app.config';

describe('request limits configuration', () => {
  it('reads every limit and timeout', () => {
    const config = loadConfig({
      QUERY_MAX_COST: '900',
      QUERY_MAX_DEPTH: '6',
      QUERY_MAX_ALIASES: '5',
      QUERY_MAX_TOKENS: '800',
      QUERY_MAX_DIRECTIVES: '3',
      REQUEST_DEADLINE_MS: '2500',
      RATE_LIMIT_POINTS: '0',
      RATE_LIMIT_WINDOW_MS: '1000',
      RATE_LIMIT_COST_PER_POINT: '50',
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '4000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      HTTP_IDLE_TIMEOUT_MS: '3000',
      BODY_LIMIT_BYTES: '2048',
      CORS_ORIGINS: 'https://crm.example.com, http://localhost:5173',
      IMPORT_MAX_COMMANDS: '40',
    });

    expect(config.limits).toEqual({
      maxCost: 900,
      maxDepth: 6,
      maxAliases: 5,
      maxTokens: 800,
      maxDirectives: 3,
      executionDeadlineMs: 2500,
      rateLimitPoints: 0,
      rateLimitWindowMs: 1000,
      costPerPoint: 50,
      fieldSuggestions: true,
      maxImportCommands: 40,
    });
    expect(config.http).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 1000,
      idleSocketTimeoutMs: 3000,
      bodyLimitBytes: 2048,
      corsOrigins: ['https://crm.example.com', 'http://localhost:5173'],
    });
  });

  it('hides field suggestions in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).limits.fieldSuggestions).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).limits.fieldSuggestions).toBe(true);
  });

  it('refuses limits that are not positive integers, all at once', () => {
    const attempt = () => loadConfig({ QUERY_MAX_COST: '0', QUERY_MAX_DEPTH: 'deep', RATE_LIMIT_POINTS: '-1' });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/QUERY_MAX_COST="0" is not valid[\s\S]*QUERY_MAX_DEPTH="deep" is not valid[\s\S]*RATE_LIMIT_POINTS="-1" is not valid/);
  });

  it('refuses a request timeout shorter than the headers timeout, which Node would not honour', () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS=1000 is not valid/);
  });

  it('refuses a CORS origin that is not a scheme and host', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'crm.example.com' })).toThrow(/CORS_ORIGINS="crm.example.com" is not valid/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS="\*" is not valid/);
  });
});
