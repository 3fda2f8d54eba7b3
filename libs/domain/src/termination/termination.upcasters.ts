import { EventUpcasters, type UpcasterRegistration } from '../shared';
import { TERMINATION_EVENT_SCHEMA_VERSION } from './termination.events';

/** One entry per past shape of a termination event (see docs/evolving-events.md); none yet: every type is at v1. */
export const TERMINATION_EVENT_UPCASTS: readonly UpcasterRegistration[] = [];

export const terminationEventUpcasters = new EventUpcasters(TERMINATION_EVENT_SCHEMA_VERSION, TERMINATION_EVENT_UPCASTS);
