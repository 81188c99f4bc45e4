import { Module, type DynamicModule } from '@nestjs/common';
import { SettingsModule } from '@kravspar/config';
import { HttpEdgeModule, type AppContext } from '@kravspar/http';
import { ProjectorModule } from './projector.module';

export const PROJECTOR = 'projector';

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
      ],
    };
  }
}
