import type { IntegrationMessage, ReceivedMessage } from '../integration-bus.port';
import { InProcessIntegrationBus } from './in-process-integration-bus';

const message = (topic: string, key: string): IntegrationMessage => ({ topic, key, headers: { ce_id: key }, value: '{}' });

describe('InProcessIntegrationBus', () => {
  it('hands each message, in order, to every group subscribed to its topic before publish resolves', async () => {
    const bus = new InProcessIntegrationBus();
    const seen: Record<string, string[]> = { a: [], b: [] };
    await bus.consumer('a', ['t1']).start(async (m) => void seen.a.push(`${m.topic}:${m.key}:${m.offset}`));
    await bus.consumer('b', ['t1', 't2']).start(async (m) => void seen.b.push(`${m.topic}:${m.key}:${m.offset}`));
    await bus.publisher().publish([message('t1', 'x'), message('t2', 'y'), message('t1', 'z')]);
    expect(seen).toEqual({ a: ['t1:x:0', 't1:z:1'], b: ['t1:x:0', 't2:y:0', 't1:z:1'] });
  });

  it('resolves when no group subscribes to the topic', async () => {
    await expect(new InProcessIntegrationBus().publisher().publish([message('t1', 'x')])).resolves.toBeUndefined();
  });

  it('retries a rejecting handler and resolves once it processed the message', async () => {
    const bus = new InProcessIntegrationBus({ maxAttempts: 3, retryDelayMs: 1 });
    let attempts = 0;
    await bus.consumer('g', ['t']).start(async () => {
      if (++attempts < 3) throw new Error('database down');
    });
    await bus.publisher().publish([message('t', 'x')]);
    expect(attempts).toBe(3);
  });

  it('rejects after the bounded attempts, without delivering what follows', async () => {
    const bus = new InProcessIntegrationBus({ maxAttempts: 2, retryDelayMs: 1 });
    const processed: string[] = [];
    await bus.consumer('g', ['t']).start(async (m: ReceivedMessage) => {
      if (m.key === 'bad') throw new Error('cannot');
      processed.push(m.key);
    });
    await expect(bus.publisher().publish([message('t', 'ok'), message('t', 'bad'), message('t', 'later')])).rejects.toThrow(
      /consumer group g failed 2 times on t offset 1/,
    );
    expect(processed).toEqual(['ok']);
  });

  it('stops delivering to a stopped group and refuses a group started twice', async () => {
    const bus = new InProcessIntegrationBus();
    const seen: string[] = [];
    const consumer = bus.consumer('g', ['t']);
    await consumer.start(async (m) => void seen.push(m.key));
    await expect(bus.consumer('g', ['t']).start(async () => undefined)).rejects.toThrow(/already started/);
    await consumer.stop();
    await bus.publisher().publish([message('t', 'x')]);
    expect(seen).toEqual([]);
  });
});
