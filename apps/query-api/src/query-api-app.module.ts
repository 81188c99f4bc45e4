import { Module, type DynamicModule } from '@nestjs/common';
import { SettingsModule } from '@kravspar/config';
import { HttpEdgeModule, type AppContext } from '@kravspar/http';
import { QueryApiModule } from './query-api.module';

export const QUERY_API = 'query-api';

/** query-api as an app (alone or inside all-in-one): settings, the HTTP edge and the queries. */
@Module({})
export class QueryApiAppModule {
  static register(context: AppContext): DynamicModule {
    return {
      module: QueryApiAppModule,
      imports: [
        SettingsModule.forRoot(context.settings),
        HttpEdgeModule.forRoot({ appName: QUERY_API, metricsRegistry: context.metricsRegistry, tokenVerifier: context.tokenVerifier }),
        QueryApiModule,
      ],
    };
  }
}
