import { runAlone } from '@kravspar/http';
import { QUERY_API, QueryApiAppModule } from './query-api-app.module';

runAlone({
  appName: QUERY_API,
  register: (context) => QueryApiAppModule.register(context),
  port: (settings) => settings.QUERY_API_PORT,
  openApi: { title: 'Kravspår query API', description: 'Read models of procurements' },
});
