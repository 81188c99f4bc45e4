import { Module, type DynamicModule } from '@nestjs/common';
import { SettingsModule } from '@kravspar/config';
import { HttpEdgeModule, type AppContext } from '@kravspar/http';
import { DatabaseModule } from '@kravspar/postgres';

export const NOTIFIER = 'notifier';

/**
 * notifier (architecture §1): consumes integration topics and publishes notifications. So far it serves
 * only /health and /metrics; its consumers arrive with the Kafka integration.
 */
@Module({})
export class NotifierModule {
  static register(context: AppContext): DynamicModule {
    return {
      module: NotifierModule,
      imports: [
        SettingsModule.forRoot(context.settings),
        DatabaseModule,
        HttpEdgeModule.forRoot({ appName: NOTIFIER, metricsRegistry: context.metricsRegistry, tokenVerifier: context.tokenVerifier }),
      ],
    };
  }
}
