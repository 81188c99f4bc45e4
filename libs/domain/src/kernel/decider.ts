/**
 * A decider owns one stream type. `decide` turns a command and the current state into events (or
 * throws a DomainError); `evolve` folds one event into the state. Both are pure: time, ids and the
 * actor arrive inside the command, never from a clock or random source.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  readonly initialState: State;
  /** True when no command can change the stream any more (e.g. a cancelled procurement). */
  isTerminal(state: State): boolean;
}

/** Folds a history into the state it leads to. */
export function fold<Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState);
}
