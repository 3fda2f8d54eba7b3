import { type Decider, DomainError } from '@client-lifecycle/domain';

/**
 * Emmett-style Given/When/Then for deciders:
 * `DeciderSpecification.for(decider).given([...events]).when(command).then([...events])`.
 */
export const DeciderSpecification = {
  for<Command, Event, State>(decider: Decider<Command, Event, State>) {
    return {
      given(history: readonly Event[]) {
        return {
          when(command: Command) {
            const decide = () => {
              const state = history.reduce(decider.evolve, decider.initialState());
              return decider.decide(command, state);
            };
            return {
              then(expected: readonly Event[]): void {
                const outcome = decide();
                if (outcome instanceof DomainError) throw new Error(`Expected events but the command was refused: ${outcome.code} ${outcome.message}`);
                expect(outcome).toEqual(expected);
              },
              thenRefusedWith(code: string, details?: Record<string, unknown>): DomainError {
                const outcome = decide();
                if (!(outcome instanceof DomainError)) throw new Error(`Expected refusal ${code} but got events: ${JSON.stringify(outcome)}`);
                expect(outcome.code).toBe(code);
                if (details) expect(outcome.details).toMatchObject(details);
                return outcome;
              },
            };
          },
        };
      },
    };
  },
};
