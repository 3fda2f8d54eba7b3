export enum EventStoreErrorCode {
  WrongExpectedVersion = 'EVENT_STORE.WRONG_EXPECTED_VERSION',
  EmptyAppend = 'EVENT_STORE.EMPTY_APPEND',
  Closed = 'EVENT_STORE.CLOSED',
  DuplicateEventId = 'EVENT_STORE.DUPLICATE_EVENT_ID',
}

export class WrongExpectedVersionError extends Error {
  readonly code = EventStoreErrorCode.WrongExpectedVersion;

  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`Stream ${streamId} is at version ${actualVersion}, expected ${expectedVersion}`);
    this.name = 'WrongExpectedVersionError';
  }
}

export class EmptyAppendError extends Error {
  readonly code = EventStoreErrorCode.EmptyAppend;

  constructor(readonly streamId: string) {
    super(`An append to ${streamId} must carry at least one event`);
    this.name = 'EmptyAppendError';
  }
}

export class EventStoreClosedError extends Error {
  readonly code = EventStoreErrorCode.Closed;

  constructor() {
    super('The event store is closed');
    this.name = 'EventStoreClosedError';
  }
}

/** Event ids are globally unique; storing one twice would break consumers that dedupe by id. */
export class DuplicateEventIdError extends Error {
  readonly code = EventStoreErrorCode.DuplicateEventId;

  constructor(readonly eventId: string) {
    super(`An event with id ${eventId} is already stored`);
    this.name = 'DuplicateEventIdError';
  }
}
