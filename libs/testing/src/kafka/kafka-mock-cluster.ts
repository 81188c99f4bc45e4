import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** librdkafka's mock cluster, started through kcat (architecture §7). */
export interface KafkaMockCluster {
  /** `127.0.0.1:<port>`: give it to kafkajs as the one broker. */
  readonly bootstrap: string;
  stop(): Promise<void>;
}

const KCAT = 'kcat';
const START_TIMEOUT_MS = 10_000;

/** Why the Kafka tests cannot run here, or undefined when kcat is installed. */
export function kafkaMockUnavailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const probe = spawnSync(KCAT, ['-V'], { stdio: 'ignore', env });
  return probe.error ? `kcat is not installed (apt-get install -y kcat): the Kafka tests need librdkafka's mock cluster` : undefined;
}

/**
 * `describe` for tests against the mock cluster: skipped, saying why, when kcat is missing — except under
 * `CI=true`, where the missing tool fails the run instead of hiding the tests.
 */
export function describeWithKafkaMock(name: string, body: () => void): void {
  const missing = kafkaMockUnavailable();
  if (!missing) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => it('needs kcat', () => {
      throw new Error(missing);
    }));
  } else {
    console.warn(`skipped '${name}': ${missing}`);
    describe.skip(name, body);
  }
}

/**
 * Starts a mock cluster of one broker: `kcat -b dummy:9092 -X test.mock.num.brokers=1 -C -t __keepalive -q`
 * keeps it alive while it consumes a topic nobody writes to, and prints the listening address on stderr.
 */
export function startKafkaMockCluster(): Promise<KafkaMockCluster> {
  const child = spawn(KCAT, ['-b', 'dummy:9092', '-X', 'test.mock.num.brokers=1', '-C', '-t', '__keepalive', '-q'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`kcat printed no mock cluster address within ${START_TIMEOUT_MS} ms: ${stderr}`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`kcat exited (${code}) before the mock cluster was up: ${stderr}`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const address = /replaced with (127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
      if (!address) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stderr!.removeAllListeners('data');
      child.stderr!.resume();
      resolve({ bootstrap: address, stop: () => stopChild(child) });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}
