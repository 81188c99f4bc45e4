import { bidWithdrawnV1ToV2 } from '../procurement/upcasters';

/** A stored event as the upcasters see it: its data and the metadata that dates and versions it. */
export interface UpcastableEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: { readonly schemaVersion: number; readonly occurredAt: string };
}

/**
 * Turns the data of one event type from `fromVersion` into `fromVersion + 1`. Pure and total: it runs on
 * every read of history, so it must accept whatever that version ever stored.
 */
export interface EventUpcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(event: UpcastableEvent): unknown;
}

/** Every schema change of a stored event type (architecture §4: a type is never renamed; its data is upcast). */
const UPCASTERS: readonly EventUpcaster[] = [bidWithdrawnV1ToV2];

const byType = new Map<string, EventUpcaster[]>();
for (const upcaster of UPCASTERS) byType.set(upcaster.type, [...(byType.get(upcaster.type) ?? []), upcaster]);
for (const chain of byType.values()) chain.sort((a, b) => a.fromVersion - b.fromVersion);

/** The schema version the write path stamps on a new event of this type: 1, or one above its last upcaster. */
export function currentSchemaVersion(type: string): number {
  const chain = byType.get(type);
  return chain === undefined ? 1 : chain[chain.length - 1].fromVersion + 1;
}

/**
 * The event in today's schema: each upcaster from its stored `schemaVersion` on is applied in turn, and the
 * metadata says the version it now has. An event already current is returned as it is (the same object).
 * The stored form is untouched: its hash covers what was stored, and the audit reads that.
 */
export function upcastEvent<Event extends UpcastableEvent>(event: Event): Event {
  const chain = byType.get(event.type);
  if (chain === undefined) return event;
  let current: Event = event;
  for (const upcaster of chain) {
    if (upcaster.fromVersion !== current.metadata.schemaVersion) continue;
    current = { ...current, data: upcaster.upcast(current), metadata: { ...current.metadata, schemaVersion: upcaster.fromVersion + 1 } };
  }
  return current;
}
