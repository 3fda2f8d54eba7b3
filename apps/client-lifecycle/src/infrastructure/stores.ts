import { join } from 'node:path';
import {
  ClientDataKeys,
  InMemoryApiKeyStore,
  InMemoryDataKeyStore,
  InMemoryCheckpointStore,
  InMemoryClientSummaryStore,
  InMemoryEventStore,
  InMemoryTerminationStore,
  InMemoryTimerStore,
  InMemoryWorklistStore,
  KurrentDbEventStore,
  MasterKey,
  PersonalDataEventStore,
  PostgresApiKeyStore,
  PostgresCheckpointStore,
  PostgresDataKeyStore,
  PostgresClientSummaryStore,
  PostgresEventStore,
  PostgresTerminationStore,
  PostgresTimerStore,
  PostgresWorklistStore,
  SqliteApiKeyStore,
  SqliteCheckpointStore,
  SqliteDataKeyStore,
  SqliteClientSummaryStore,
  SqliteEventStore,
  SqliteTerminationStore,
  SqliteTimerStore,
  SqliteWorklistStore,
} from '@client-lifecycle/adapters';
import type {
  ApiKeyStore,
  CheckpointStore,
  ClientSummaryStore,
  Clock,
  DataKeyStore,
  EventStore,
  TerminationStore,
  TimerStore,
  WorklistStore,
} from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { loadMasterKey, sharesDataKeys } from './master-key';

/** The files the embedded default keeps in DATA_DIR. */
export const SQLITE_FILE_NAME = 'events.sqlite';
export const READ_MODEL_FILE_NAME = 'read-models.sqlite';
export const TIMER_FILE_NAME = 'scheduler.sqlite';
export const CHECKPOINT_FILE_NAME = 'checkpoints.sqlite';
export const TERMINATION_FILE_NAME = 'terminations.sqlite';
export const WORKLIST_FILE_NAME = 'worklist.sqlite';
export const API_KEY_FILE_NAME = 'api-keys.sqlite';
export const DATA_KEY_STORE_FILE_NAME = 'data-keys.sqlite';

/**
 * The event log as every reader and writer uses it: personal fields encrypted with per-client
 * data keys on append, decrypted (or erased) on read. The relay alone reads it as stored.
 */
export async function openEventStore(
  config: AppConfig,
  clock: Clock,
  onSubscriptionError?: (error: unknown) => void,
  onGroupCommit?: (appends: number) => void,
): Promise<PersonalDataEventStore> {
  return withPersonalData(config, await openStoredEventStore(config, clock, onSubscriptionError, onGroupCommit));
}

export async function withPersonalData(
  config: AppConfig,
  stored: EventStore,
  log: (message: string) => void = () => undefined,
): Promise<PersonalDataEventStore> {
  const master = await loadMasterKey(config, log);
  const previous = config.dataKeyPrevious.map((key) => MasterKey.fromBase64(key));
  return new PersonalDataEventStore(stored, new ClientDataKeys(await openDataKeyStore(config), master, previous));
}

/** Data keys are shared by every process of the log: in PostgreSQL when it holds the log or the read models, else in their own file in DATA_DIR. */
export async function openDataKeyStore(config: AppConfig): Promise<DataKeyStore> {
  if (config.eventStore === 'memory') return new InMemoryDataKeyStore();
  if (sharesDataKeys(config)) return PostgresDataKeyStore.open(config.databaseUrl);
  return SqliteDataKeyStore.open(join(config.dataDir, DATA_KEY_STORE_FILE_NAME));
}

/** The adapters behind each storage port, chosen from validated configuration only: the app and its CLIs (seed, rebuild) open the same ones. */
export async function openStoredEventStore(
  config: AppConfig,
  clock: Clock,
  onSubscriptionError?: (error: unknown) => void,
  onGroupCommit?: (appends: number) => void,
): Promise<EventStore> {
  if (config.eventStore === 'memory') return new InMemoryEventStore(clock);
  if (config.eventStore === 'postgres') return PostgresEventStore.open({ connectionString: config.databaseUrl, clock });
  if (config.eventStore === 'kurrentdb')
    return KurrentDbEventStore.connect({
      connectionString: config.kurrentDbConnectionString!, // loadConfig refuses kurrentdb without it
      clock,
      onSubscriptionError,
    });
  return SqliteEventStore.open({ filename: join(config.dataDir, SQLITE_FILE_NAME), synchronous: config.sqliteSynchronous, clock, onGroupCommit });
}

export async function openClientSummaryStore(config: AppConfig): Promise<ClientSummaryStore> {
  if (config.readModelStore === 'memory') return new InMemoryClientSummaryStore();
  if (config.readModelStore === 'postgres') return PostgresClientSummaryStore.open(config.databaseUrl);
  return SqliteClientSummaryStore.open(join(config.dataDir, READ_MODEL_FILE_NAME));
}

export async function openWorklistStore(config: AppConfig): Promise<WorklistStore> {
  if (config.readModelStore === 'memory') return new InMemoryWorklistStore();
  if (config.readModelStore === 'postgres') return PostgresWorklistStore.open(config.databaseUrl);
  return SqliteWorklistStore.open(join(config.dataDir, WORKLIST_FILE_NAME));
}

export async function openTimerStore(config: AppConfig): Promise<TimerStore> {
  if (config.readModelStore === 'memory') return new InMemoryTimerStore();
  if (config.readModelStore === 'postgres') return PostgresTimerStore.open(config.databaseUrl);
  return SqliteTimerStore.open(join(config.dataDir, TIMER_FILE_NAME));
}

export async function openCheckpointStore(config: AppConfig): Promise<CheckpointStore> {
  if (config.readModelStore === 'memory') return new InMemoryCheckpointStore();
  if (config.readModelStore === 'postgres') return PostgresCheckpointStore.open(config.databaseUrl);
  return SqliteCheckpointStore.open(join(config.dataDir, CHECKPOINT_FILE_NAME), config.sqliteSynchronous);
}

export async function openTerminationStore(config: AppConfig): Promise<TerminationStore> {
  if (config.readModelStore === 'memory') return new InMemoryTerminationStore();
  if (config.readModelStore === 'postgres') return PostgresTerminationStore.open(config.databaseUrl);
  return SqliteTerminationStore.open(join(config.dataDir, TERMINATION_FILE_NAME));
}

/** Beside the read models: every API replica must see the same keys (and revocations), so PostgreSQL when the read models are there. */
export async function openApiKeyStore(config: AppConfig): Promise<ApiKeyStore> {
  if (config.readModelStore === 'memory') return new InMemoryApiKeyStore();
  if (config.readModelStore === 'postgres') return PostgresApiKeyStore.open(config.databaseUrl);
  return SqliteApiKeyStore.open(join(config.dataDir, API_KEY_FILE_NAME), config.sqliteSynchronous);
}
