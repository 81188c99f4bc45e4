import {
  Inject, Injectable, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import { EVENT_STORE, type EventStore } from '@kravspar/event-store';
import { INTEGRATION_BUS, type IntegrationBus } from '@kravspar/messaging';
import { DATABASE_POOL } from '@kravspar/postgres';
import { ProjectionMetrics } from '../projection-metrics';
import { ProjectorModule } from '../projector.module';
import { GATEWAY_CHECKPOINT, IntegrationGateway } from './integration-gateway';

/**
 * Runs the gateway in the projector: starts once the app has bootstrapped (migrations done; in the
 * all-in-one, after the notifier has subscribed to the shared bus) and stops before shutdown, after the
 * batch in hand. Its lag and position are reported like a projection's (`kafka-gateway.v1`).
 */
@Injectable()
export class IntegrationGatewayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly gateway: IntegrationGateway;
  private readonly publisher;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(DATABASE_POOL) pool: Pool,
    @Inject(INTEGRATION_BUS) bus: IntegrationBus,
    @Inject(CLOCK) clock: Clock,
    metrics: ProjectionMetrics,
  ) {
    this.publisher = bus.publisher();
    this.gateway = new IntegrationGateway(store, pool, this.publisher, {
      onPublished: (position, _count, lastRecordedAt) => {
        // The lag needs the Clock, which may read the database (test clock): a failure only skips this sample.
        clock.now().then(
          (now) => metrics.applied(GATEWAY_CHECKPOINT, position, lastRecordedAt ? now.getTime() - Date.parse(lastRecordedAt) : undefined),
          () => metrics.applied(GATEWAY_CHECKPOINT, position, undefined),
        );
      },
      onFailed: () => metrics.failed(GATEWAY_CHECKPOINT),
    });
  }

  onApplicationBootstrap(): void {
    this.gateway.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.gateway.stop();
    await this.publisher.close();
  }
}

/** The Kafka gateway (architecture §6); needs `INTEGRATION_BUS` from `MessagingModule`. */
@Module({
  imports: [ProjectorModule],
  providers: [IntegrationGatewayService],
  exports: [IntegrationGatewayService],
})
export class IntegrationGatewayModule {}
