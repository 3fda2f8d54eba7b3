import { CONTRACT_NOW, describeEventStoreContract } from '@client-lifecycle/testing';
import { FixedClock } from '../../clock';
import { InMemoryEventStore } from './in-memory.event-store';

describeEventStoreContract('in-memory', {
  create: async () => new InMemoryEventStore(new FixedClock(CONTRACT_NOW)),
});
