import { runAlone } from '@kravspar/http';
import { COMMAND_API, CommandApiModule } from './command-api.module';

runAlone({
  appName: COMMAND_API,
  register: (context) => CommandApiModule.register(context),
  port: (settings) => settings.COMMAND_API_PORT,
  openApi: { title: 'Kravspår command API', description: 'Commands on procurements; every change is an event' },
});
