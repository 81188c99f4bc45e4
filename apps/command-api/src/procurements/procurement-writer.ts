import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@kravspar/clock';
import { procurementDecider, procurementStreamId, type ProcurementCommand, type ProcurementState } from '@kravspar/domain';
import type { CommandMetadata } from '@kravspar/domain/kernel';
import { EVENT_STORE, handleCommand, type CommandOutcome, type EventStore } from '@kravspar/event-store';
import type { CommandRequest } from '../command-http/command-request';
import { assertAccess, type ProcurementAccess } from './procurement-access';

/**
 * Runs a procurement command through the one write path: the clock's `now` into the command, access
 * that depends on the procurement checked against its folded state, idempotency and `If-Match` passed on.
 */
@Injectable()
export class ProcurementWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    procurementId: string,
    request: CommandRequest,
    build: (metadata: CommandMetadata) => ProcurementCommand,
    access?: ProcurementAccess,
  ): Promise<CommandOutcome> {
    const now = (await this.clock.now()).toISOString();
    const command = build({ actor: request.actor, now });
    return handleCommand(this.store, procurementStreamId(procurementId), procurementDecider, command, {
      idempotencyKey: request.idempotencyKey,
      expectedRevision: request.expectedRevision,
      correlationId: request.correlationId,
      ...(access ? { authorize: (state: ProcurementState) => assertAccess(state, request.actor, procurementId, access) } : {}),
    });
  }
}
