import { currentSchemaVersion, upcastEvent } from './event-upcasters';

const withdrawnV1 = {
  type: 'BidWithdrawn',
  data: { bidId: 'b1', supplierId: 's1' },
  metadata: { schemaVersion: 1, occurredAt: '2026-04-15T08:00:00+02:00' },
};

describe('upcasting', () => {
  it('stamps BidWithdrawn with schema version 2 and every type without an upcaster with 1', () => {
    expect(currentSchemaVersion('BidWithdrawn')).toBe(2);
    expect(currentSchemaVersion('BidReceived')).toBe(1);
  });

  it('brings a v1 BidWithdrawn to v2: withdrawnAt is its business time', () => {
    const upcast = upcastEvent(withdrawnV1);
    expect(upcast.data).toEqual({ bidId: 'b1', supplierId: 's1', withdrawnAt: '2026-04-15T08:00:00+02:00' });
    expect(upcast.metadata.schemaVersion).toBe(2);
    expect(withdrawnV1.data).toEqual({ bidId: 'b1', supplierId: 's1' }); // the stored form is left alone
  });

  it('returns a current event and an event of another type as they are', () => {
    const v2 = { ...withdrawnV1, data: { bidId: 'b1', supplierId: 's1', withdrawnAt: '2026-04-16T08:00:00+02:00' }, metadata: { ...withdrawnV1.metadata, schemaVersion: 2 } };
    expect(upcastEvent(v2)).toBe(v2);
    const other = { ...withdrawnV1, type: 'BidReceived' };
    expect(upcastEvent(other)).toBe(other);
  });
});
