import type { DomainError } from './domain-error';

/** Emmett's decider shape: pure functions from commands and history to new facts. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): readonly Event[] | DomainError;
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export const foldEvents = <Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: Iterable<Event>): State => {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
};
