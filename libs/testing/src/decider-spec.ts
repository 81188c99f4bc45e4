import { fold, isDomainError, type Decider, type RuleId } from '@kravspar/domain';

type SpecDecider<C, E, S> = Pick<Decider<C, E, S>, 'decide' | 'evolve' | 'initialState'>;

/**
 * Given/when/then for deciders (quality.md §Tests): given a history, when a command is decided, then
 * these events, this rule's refusal, or nothing.
 *
 * ```ts
 * const spec = DeciderSpec.for(procurementDecider);
 * spec.given([initiated]).when(publish).then([published]);
 * spec.given([initiated, published]).when(publish).thenNothing();
 * spec.given([]).when(publish).thenThrows('STATE');
 * ```
 *
 * Finish every chain: `then` makes the `when(...)` object look like a promise, so returning an unfinished
 * chain from a test makes jest call `then` with its own callbacks, which fails the test with a hint.
 */
export class DeciderSpec<C, E, S> {
  private constructor(private readonly decider: SpecDecider<C, E, S>) {}

  static for<C, E, S>(decider: SpecDecider<C, E, S>): DeciderSpec<C, E, S> {
    return new DeciderSpec(decider);
  }

  given(events: readonly E[]): DeciderGiven<C, E, S> {
    return new DeciderGiven(this.decider, events);
  }
}

export class DeciderGiven<C, E, S> {
  constructor(
    private readonly decider: SpecDecider<C, E, S>,
    private readonly history: readonly E[],
  ) {}

  when(command: C): DeciderWhen<C, E, S> {
    return new DeciderWhen(this.decider, this.history, command);
  }
}

type Outcome<E> = { readonly events: readonly E[] } | { readonly error: unknown };

export class DeciderWhen<C, E, S> {
  constructor(
    private readonly decider: SpecDecider<C, E, S>,
    private readonly history: readonly E[],
    private readonly command: C,
  ) {}

  /** The state the history folds to (for assertions the event list cannot express). */
  get state(): S {
    return fold(this.decider, this.history);
  }

  /** The command produces exactly these events (compared with `toEqual`). Returns the resulting state. */
  then(expected: readonly E[]): S {
    if (typeof expected === 'function') {
      throw new Error('DeciderSpec: finish the chain with then([...]), thenThrows(rule) or thenNothing().');
    }
    const events = this.eventsOrFail();
    expect(events).toEqual(expected);
    return fold(this.decider, [...this.history, ...events]);
  }

  /** The command produces no event: its effect is already in the state. */
  thenNothing(): void {
    expect(this.eventsOrFail()).toEqual([]);
  }

  /** The command is refused with a DomainError naming `rule`; `detail` is a substring or pattern of its message. */
  thenThrows(rule: RuleId, detail?: string | RegExp): void {
    const outcome = this.run();
    if (!('error' in outcome)) {
      throw new Error(`DeciderSpec: expected a refusal naming ${rule}, got events ${JSON.stringify(outcome.events)}`);
    }
    const { error } = outcome;
    if (!isDomainError(error)) throw error;
    expect({ rule: error.rule, message: error.message }).toEqual({
      rule,
      message:
        detail === undefined
          ? expect.any(String)
          : typeof detail === 'string'
            ? expect.stringContaining(detail)
            : expect.stringMatching(detail),
    });
  }

  private eventsOrFail(): readonly E[] {
    const outcome = this.run();
    if ('error' in outcome) throw outcome.error;
    return outcome.events;
  }

  private run(): Outcome<E> {
    const state = this.state;
    try {
      return { events: this.decider.decide(this.command, state) };
    } catch (error) {
      return { error };
    }
  }
}
