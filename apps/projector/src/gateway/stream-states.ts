import type { EventStore } from '@kravspar/event-store';
import type { GatewayEvent, StreamMessages } from './gateway-event';

/**
 * The state of each stream a batch touches, as of its event in hand: folded from the stream once, then
 * carried forward by reading only the events since, so a batch of one stream's events reads it once.
 */
export class StreamStates {
  private readonly known = new Map<string, { revision: number; state: unknown }>();

  constructor(private readonly store: EventStore) {}

  async after<State>(event: GatewayEvent, messages: StreamMessages<State>): Promise<State> {
    const cached = this.known.get(event.streamId);
    const from = cached && cached.revision < event.revision ? cached.revision + 1 : 0;
    let state = (from > 0 ? cached!.state : messages.decider.initialState) as State;
    if (!(cached && cached.revision === event.revision)) {
      const history = await this.store.readStream(event.streamId, { fromRevision: from, toRevision: event.revision });
      state = history.reduce((folded, stored) => messages.decider.evolve(folded, stored), state);
      this.known.set(event.streamId, { revision: event.revision, state });
    }
    return state;
  }
}
