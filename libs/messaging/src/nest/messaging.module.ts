import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { KravsparSettings } from '@kravspar/config';
import { InProcessIntegrationBus } from '../in-process/in-process-integration-bus';
import { INTEGRATION_BUS, type IntegrationBus } from '../integration-bus.port';
import { KafkaIntegrationBus } from '../kafka/kafka-integration-bus';

/** What an app gives the module: its settings and, in the all-in-one, the bus its apps share. */
export interface MessagingContext {
  readonly settings: KravsparSettings;
  readonly integrationBus?: IntegrationBus;
}

/** The bus of an app: Kafka with KAFKA_BROKERS, else the process's shared in-process bus, else a new one. */
export function integrationBusFor(appName: string, context: MessagingContext): IntegrationBus {
  const { settings } = context;
  if (settings.KAFKA_BROKERS) {
    return new KafkaIntegrationBus({
      brokers: settings.KAFKA_BROKERS.split(','),
      clientId: `${settings.KAFKA_CLIENT_ID}-${appName}`,
      retries: settings.KAFKA_RETRIES,
      sessionTimeoutMs: settings.KAFKA_SESSION_TIMEOUT_MS,
    });
  }
  return context.integrationBus ?? new InProcessIntegrationBus();
}

const OWNED_BUS = Symbol('OwnedIntegrationBus');

/** Closes the bus at shutdown when the app made it (a shared one belongs to the process). */
class BusCloser implements OnApplicationShutdown {
  constructor(@Inject(OWNED_BUS) private readonly owned: IntegrationBus | undefined) {}

  async onApplicationShutdown(): Promise<void> {
    await this.owned?.close();
  }
}

/** Provides `INTEGRATION_BUS` (architecture §6) to the whole app. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(appName: string, context: MessagingContext): DynamicModule {
    const bus = integrationBusFor(appName, context);
    const owned = bus === context.integrationBus ? undefined : bus;
    return {
      module: MessagingModule,
      providers: [{ provide: INTEGRATION_BUS, useValue: bus }, { provide: OWNED_BUS, useValue: owned }, BusCloser],
      exports: [INTEGRATION_BUS],
    };
  }
}
