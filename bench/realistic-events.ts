import fc from 'fast-check';
import { ManualClock } from '@kravspar/clock';
import {
  commitmentDecider, commitmentStreamId, commitmentWorkflow, contractDecider, contractStreamId, contractWorkflow,
  procurementDecider, procurementStreamId, referralDecider, referralStreamId, registrationOf,
  type Actor, type ContractState, type ProcurementState,
} from '@kravspar/domain';
import { fold, isDomainError, type Command, type Decider, type DomainEvent, type Instant } from '@kravspar/domain/kernel';
import { commandFor, START, step } from '@kravspar/domain/procurement/procurement.scenarios';
import type { Step } from '@kravspar/domain/procurement/scenario-steps';
import { plusMinutes } from '@kravspar/domain/procurement/procurement.fixtures';
import { handleCommand, InMemoryEventStore, type EventStore, type RecordedEvent } from '@kravspar/event-store';

// Realistic history for the rebuild and verify cases: procurements run through their lifecycle by the
// property spec's scenario steps (kept on script: commands that suit the stage, plausible data), and for
// every signed contract what the workflows and the units then record: the contract, one commitment per
// criterion, slots offered, referrals proposed, matched, started and completed. All of it through
// `handleCommand` and the real deciders, into the in-memory adapter; the caller stores the log once.

const SYSTEM: Actor = { userId: 'workflow', role: 'system', unitId: 'system' };
const LABOUR: Actor = { userId: 'lm-1', role: 'labour-market', unitId: 'unit-arbetsliv-och-etablering' };
const STEPS_PER_PROCUREMENT = { minLength: 40, maxLength: 90 };
const SLOTS = 3;

type AnyDecider = Decider<Command, DomainEvent, unknown>;

export interface GeneratedLog {
  readonly events: readonly RecordedEvent[];
  readonly procurements: number;
  readonly refusals: number;
}

/** Runs procurements (seeded, so every run generates the same history) until the log holds `target` events. */
export async function generateRealisticLog(target: number, onProgress: (done: number) => void): Promise<GeneratedLog> {
  const store = new InMemoryEventStore(new ManualClock(new Date('2026-11-01T08:00:00Z')));
  const tally = { events: 0, refusals: 0 };
  let procurements = 0;
  while (tally.events < target) {
    const id = `00000000-0000-4000-8000-${String(procurements).padStart(12, '0')}`;
    const [steps] = fc.sample(fc.array(step, { ...STEPS_PER_PROCUREMENT, size: 'max' }), { seed: procurements, numRuns: 1 });
    const signed = await runProcurement(store, id, steps.map(onScript), tally);
    for (const contractSigned of signed) await followUp(store, contractSigned, tally);
    procurements += 1;
    onProgress(tally.events);
  }
  const events = await store.readAll({ after: 0 });
  return { events, procurements, refusals: tally.refusals };
}

/** Commands that suit the stage, with data on script (the property spec also sends wild ones). */
function onScript(s: Step): Step {
  return { ...s, kind: s.kind % 88, wild: 12 + (s.wild % 88) };
}

async function runProcurement(store: EventStore, id: string, steps: readonly Step[], tally: { events: number; refusals: number }): Promise<RecordedEvent[]> {
  const streamId = procurementStreamId(id);
  let state: ProcurementState = procurementDecider.initialState;
  let now: Instant = START;
  for (const s of steps) {
    now = plusMinutes(now, s.advance);
    const command = { ...commandFor(state, s, now) };
    // The scenarios reuse a few ids; each procurement here has its own, and so has its contract.
    if (command.type === 'InitiateProcurement') command.data = { ...command.data, procurementId: id };
    if (command.type === 'SignContract') command.data = { ...command.data, contractId: `${id.slice(0, -4)}c${id.slice(-3)}` };
    const decided = await send(store, streamId, procurementDecider as unknown as AnyDecider, command, tally, state);
    state = (decided as never[]).reduce(procurementDecider.evolve, state);
  }
  const history = await store.readStream(streamId);
  return history.filter((event) => event.type === 'ContractSigned');
}

/** What follows a signed contract: the workflows' commands, then the units' follow-up of each commitment. */
async function followUp(store: EventStore, signed: RecordedEvent, tally: { events: number; refusals: number }): Promise<void> {
  const procurement = fold(procurementDecider as never, (await store.readStream(signed.streamId)) as never) as ProcurementState;
  if (procurement.status === 'Absent') return;
  for (const work of contractWorkflow(signed, procurement.buyerUnitId)) {
    await send(store, work.streamId, contractDecider as unknown as AnyDecider, { ...work.command, metadata: { actor: SYSTEM, now: signed.metadata.occurredAt } } as Command, tally);
    const [registered] = (await store.readStream(work.streamId)).filter((event) => event.type === 'ContractRegistered');
    if (!registered) continue;
    const contract = fold(contractDecider as never, (await store.readStream(work.streamId)) as never) as ContractState;
    const registration = registrationOf(contract);
    if (!registration) continue;
    for (const establish of commitmentWorkflow(registered)) {
      await send(store, establish.streamId, commitmentDecider as unknown as AnyDecider, { ...establish.command, metadata: { actor: SYSTEM, now: signed.metadata.occurredAt } } as Command, tally);
    }
    const startDate = registration.period.start;
    const afterStart = `${startDate}T12:00:00+02:00`;
    const buyer: Actor = { userId: 'buyer-1', role: 'buyer', unitId: registration.buyerUnitId };
    await send(store, contractStreamId(registration.contractId), contractDecider as unknown as AnyDecider, { type: 'StartContract', data: { date: startDate }, metadata: { actor: buyer, now: afterStart } } as Command, tally);
    const [started] = (await store.readStream(contractStreamId(registration.contractId))).filter((event) => event.type === 'ContractStarted');
    if (!started) continue;
    for (const activate of commitmentWorkflow(started, registration)) {
      await send(store, activate.streamId, commitmentDecider as unknown as AnyDecider, { ...activate.command, metadata: { actor: SYSTEM, now: afterStart } } as Command, tally);
      await placements(store, activate.streamId, registration.supplierId, startDate, tally);
    }
  }
}

/** Slots offered by the supplier, each filled by a referral that is proposed, accepted, matched, started and completed. */
async function placements(store: EventStore, commitmentStream: string, supplierId: string, startDate: string, tally: { events: number; refusals: number }): Promise<void> {
  const commitmentId = commitmentStream.slice('commitment-'.length);
  const supplier: Actor = { userId: `user-${supplierId}`, role: 'supplier', unitId: supplierId, supplierId };
  const day = (offset: number) => new Date(Date.parse(`${startDate}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const at = (offset: number): Instant => `${day(offset)}T10:00:00+02:00`;
  const commitment = commitmentDecider as unknown as AnyDecider;
  const referral = referralDecider as unknown as AnyDecider;
  for (let n = 1; n <= SLOTS; n++) {
    const slotId = `slot-${n}`;
    const referralId = `${commitmentId.slice(0, 8)}-ref-${n}`;
    const referralStream = referralStreamId(referralId);
    await send(store, commitmentStream, commitment, { type: 'OfferSlot', data: { slotId, site: `ÅVC ${n}`, startWindow: { from: day(0), to: day(90) }, supplierId }, metadata: { actor: supplier, now: at(1) } } as Command, tally);
    await send(store, referralStream, referral, { type: 'CreateReferral', data: { referralId, candidateRef: `cand-${referralId}`, targetGroupCode: 'far-from-labour-market' }, metadata: { actor: LABOUR, now: at(2) } } as Command, tally);
    await send(store, referralStream, referral, { type: 'ProposeReferral', data: { commitmentId, slotId, supplierId, slotOffered: true, candidateErased: false }, metadata: { actor: LABOUR, now: at(3) } } as Command, tally);
    await send(store, referralStream, referral, { type: 'AcceptReferral', data: { supplierId }, metadata: { actor: supplier, now: at(4) } } as Command, tally);
    await send(store, commitmentStream, commitment, { type: 'MatchSlot', data: { slotId, referralId, matchedAt: at(5), candidateErased: false }, metadata: { actor: LABOUR, now: at(5) } } as Command, tally);
    await send(store, commitmentStream, commitment, { type: 'StartPlacement', data: { slotId, date: day(7) }, metadata: { actor: supplier, now: at(7) } } as Command, tally);
    await send(store, commitmentStream, commitment, { type: 'CompletePlacement', data: { slotId, date: day(60), outcomeCode: n === 1 ? 'employment' : 'studies', monthsServed: 2 }, metadata: { actor: supplier, now: at(60) } } as Command, tally);
  }
}

/** One command through the write path; a rule's refusal is counted (real units meet them too) and stores nothing. */
async function send(
  store: EventStore, streamId: string, decider: AnyDecider, command: Command, tally: { events: number; refusals: number }, known?: unknown,
): Promise<readonly DomainEvent[]> {
  try {
    // Decided first on the state at hand, so a refusal costs no read.
    const decided = decider.decide(command, known ?? fold(decider, (await store.readStream(streamId)) as never));
    const outcome = await handleCommand(store, streamId, decider, command);
    tally.events += outcome.appended;
    return decided;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    tally.refusals += 1;
    return [];
  }
}
