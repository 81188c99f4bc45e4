import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { ClockModule } from '@kravspar/clock';
import { SettingsModule } from '@kravspar/config';
import { HttpEdgeModule, type AppContext } from '@kravspar/http';
import { MessagingModule } from '@kravspar/messaging';
import { DatabaseModule } from '@kravspar/postgres';
import { NotifierMetrics } from './notifier-metrics';
import { NotifierService } from './notifier.service';

export const NOTIFIER = 'notifier';

/**
 * notifier (architecture §1, §6): consumes the integration topics through the `IntegrationBus` (Kafka with
 * `KAFKA_BROKERS`, otherwise the process's in-process bus), derives notifications with its rules and
 * timers, keeps them in its inbox tables and publishes them to the notifications topic. Serves /health and
 * /metrics.
 */
@Module({})
export class NotifierModule {
  static register(context: AppContext): DynamicModule {
    if (!context.settings.KAFKA_BROKERS && !context.integrationBus) {
      new Logger(NOTIFIER).warn('KAFKA_BROKERS is not set and no in-process bus is shared: this notifier receives no messages (run the all-in-one, or set KAFKA_BROKERS)');
    }
    return {
      module: NotifierModule,
      imports: [
        SettingsModule.forRoot(context.settings),
        DatabaseModule,
        ClockModule,
        MessagingModule.forRoot(NOTIFIER, context),
        HttpEdgeModule.forRoot({ appName: NOTIFIER, metricsRegistry: context.metricsRegistry, tokenVerifier: context.tokenVerifier }),
      ],
      providers: [NotifierMetrics, NotifierService],
    };
  }
}
