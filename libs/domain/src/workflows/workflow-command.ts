import type { Command, Instant } from '../kernel';

/** The part of a stored event a workflow reads (the same shape the standstill timer reads). */
export interface WorkflowTrigger {
  readonly streamId: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: { readonly eventId: string; readonly occurredAt: Instant };
}

/**
 * A command a workflow asks for, as plain data: the projector adds the metadata (the system actor, its
 * clock's now) and sends it through the one write path under `idempotencyKey`, so that a replayed
 * trigger decides nothing twice.
 */
export interface WorkflowCommand<C extends Command = Command> {
  readonly streamId: string;
  readonly command: { readonly type: C['type']; readonly data: C['data'] };
  readonly idempotencyKey: string;
}
