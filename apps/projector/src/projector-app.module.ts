import { Module, type DynamicModule } from '@nestjs/common';
import { SettingsModule } from '@kravspar/config';
import { HttpEdgeModule, type AppContext } from '@kravspar/http';
import { MessagingModule } from '@kravspar/messaging';
import { IntegrationGatewayModule } from './gateway/integration-gateway.module';
import { ProjectorModule } from './projector.module';

export const PROJECTOR = 'projector';

/**
 * The gateway runs where its messages reach someone: on Kafka (KAFKA_BROKERS), or on the in-process bus
 * the all-in-one shares with the notifier. The projector alone without Kafka leaves its checkpoint where
 * it is, so nothing is lost: set KAFKA_BROKERS later and it publishes from there.
 */
function integrationGateway(context: AppContext): DynamicModule['imports'] & unknown[] {
  if (!context.settings.KAFKA_BROKERS && !context.integrationBus) return [];
  return [MessagingModule.forRoot(PROJECTOR, context), IntegrationGatewayModule];
}

/**
 * The projector as an app (alone or inside all-in-one): its settings, the HTTP edge (/health, /metrics and
 * the metrics registry the projections report to) and the projections themselves.
 */
@Module({})
export class ProjectorAppModule {
  static register(context: AppContext): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [
        SettingsModule.forRoot(context.settings),
        HttpEdgeModule.forRoot({ appName: PROJECTOR, metricsRegistry: context.metricsRegistry, tokenVerifier: context.tokenVerifier }),
        ProjectorModule,
        ...integrationGateway(context),
      ],
    };
  }
}
