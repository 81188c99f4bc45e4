import { producerConfig } from './kafka-integration-bus';

describe('producerConfig', () => {
  it('is idempotent with one request in flight and bounded retries', () => {
    expect(producerConfig(5, true)).toMatchObject({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 5 } });
  });

  it('keeps one request in flight without idempotence (a cluster without a known controller)', () => {
    expect(producerConfig(3, false)).toMatchObject({ idempotent: false, maxInFlightRequests: 1, retry: { retries: 3 } });
  });
});
