import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { CONFIG_VARIABLES, loadConfig, ROLES } from '../../apps/client-lifecycle/src/config';

// No Docker engine runs on the build machines, so the stack is checked for what `docker compose
// config` and a careful reviewer would catch: structure, references, and the app's settings.

interface Healthcheck {
  test: string[];
}

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: Healthcheck;
}

interface Compose {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const ROOT = resolve(__dirname, '../..');
const document = parseDocument(readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const compose = document.toJS({ maxAliasCount: 100 }) as Compose;
const services = Object.entries(compose.services);
const APP_SERVICES = ['api', 'worker'];

const hostOf = (url: string) => new URL(url).hostname;

describe('docker-compose.yml', () => {
  it('is valid YAML', () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
  });

  it('runs the whole stack: KurrentDB, PostgreSQL, Kafka, the API and the worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'kafka', 'kurrentdb', 'postgres', 'worker']);
  });

  it.each(services)('gives %s an image or a build, and a health check', (_, service) => {
    expect(service.image ?? service.build).toEqual(expect.any(String));
    expect(service.healthcheck?.test[0]).toMatch(/^CMD(-SHELL)?$/);
    expect(service.healthcheck!.test.length).toBeGreaterThan(1);
  });

  it.each(services)('starts %s only after what it depends on is healthy', (_, service) => {
    for (const [target, { condition }] of Object.entries(service.depends_on ?? {})) {
      expect(compose.services[target]).toBeDefined();
      expect(condition).toBe('service_healthy');
      expect(compose.services[target].healthcheck).toBeDefined();
    }
  });

  it.each(services)('declares every named volume %s mounts', (_, service) => {
    for (const mount of service.volumes ?? []) {
      const source = mount.split(':')[0];
      if (!source.startsWith('.') && !source.startsWith('/')) expect(Object.keys(compose.volumes)).toContain(source);
    }
  });

  it('builds both app services from this repository and sets only variables the app reads, with values it accepts', () => {
    for (const name of APP_SERVICES) {
      const { build, environment = {} } = compose.services[name];
      expect(build).toBe('.');
      const unknown = Object.keys(environment).filter((variable) => !(variable in CONFIG_VARIABLES));
      expect(unknown).toEqual([]);
      expect(() => loadConfig(environment, '/app')).not.toThrow();
    }
  });

  it('runs the API alone in one service and every singleton worker in the other', () => {
    const roles = (name: string) => loadConfig(compose.services[name].environment, '/app').roles;

    expect(roles('api')).toEqual(new Set(['api']));
    expect(roles('worker')).toEqual(new Set(ROLES.filter((role) => role !== 'api')));
  });

  it('points the app at the services of the stack', () => {
    for (const name of APP_SERVICES) {
      const environment = compose.services[name].environment!;
      const config = loadConfig(environment, '/app');
      expect(config.eventStore).toBe('kurrentdb');
      expect(hostOf(config.kurrentDbConnectionString!.replace(/^kurrentdb:/, 'http:'))).toBe('kurrentdb');
      expect(hostOf(config.databaseUrl)).toBe('postgres');
      expect(config.leases).toBe('postgres');
      expect(environment.KAFKA_BROKERS.split(',').map((broker) => broker.split(':')[0])).toEqual(['kafka']);
      expect(compose.services.kafka.environment!.KAFKA_ADVERTISED_LISTENERS).toContain(`PLAINTEXT://${environment.KAFKA_BROKERS}`);
      expect(compose.services[name].depends_on).toHaveProperty('kurrentdb');
      expect(compose.services[name].depends_on).toHaveProperty('postgres');
    }
    expect(compose.services.worker.depends_on).toHaveProperty('kafka');
  });

  it('publishes the API on the port the app listens on, and checks health there', () => {
    const { environment, ports, healthcheck } = compose.services.api;
    expect(ports).toEqual([`3000:${environment!.PORT}`]);
    expect(healthcheck!.test.join(' ')).toContain(`127.0.0.1:${environment!.PORT}/health`);
    expect(compose.services.worker.healthcheck!.test.join(' ')).toContain(`127.0.0.1:${compose.services.worker.environment!.PORT}/health`);
  });

  it('runs Kafka in KRaft mode, without ZooKeeper', () => {
    const kafka = compose.services.kafka.environment!;
    expect(kafka.KAFKA_PROCESS_ROLES.split(',').sort()).toEqual(['broker', 'controller']);
    expect(kafka.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${kafka.KAFKA_NODE_ID}@kafka:9093`);
    expect(Object.keys(kafka).some((variable) => variable.includes('ZOOKEEPER'))).toBe(false);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8');
  const packageJson = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('starts the same entry point as npm start, and exposes the port the compose file uses', () => {
    const entry = /CMD \["node", "([^"]+)"\]/.exec(dockerfile)?.[1];
    expect(packageJson.scripts.start).toContain(`node ${entry}`);
    expect(dockerfile).toMatch(/^EXPOSE 3000$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\/health/m);
  });

  it('runs as an unprivileged user that owns the data folder', () => {
    expect(dockerfile).toMatch(/chown node:node \/data/);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
