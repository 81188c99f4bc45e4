/** Given/when/then for deciders: `DeciderSpec.for(decider).given(events).when(command).then(events)`. */
export * from './decider-spec';
export * from './event-store-contract';
