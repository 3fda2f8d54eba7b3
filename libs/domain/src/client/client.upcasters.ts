import { EventUpcasters, type UpcasterRegistration } from '../shared';
import { CLIENT_EVENT_SCHEMA_VERSION } from './client.events';

/** One entry per past shape of a client event (see docs/evolving-events.md); none yet: every type is at v1. */
export const CLIENT_EVENT_UPCASTS: readonly UpcasterRegistration[] = [];

export const clientEventUpcasters = new EventUpcasters(CLIENT_EVENT_SCHEMA_VERSION, CLIENT_EVENT_UPCASTS);
