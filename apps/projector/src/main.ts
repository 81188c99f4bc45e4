import { runAlone } from '@kravspar/http';
import { PROJECTOR, ProjectorAppModule } from './projector-app.module';

runAlone({ appName: PROJECTOR, register: (context) => ProjectorAppModule.register(context), port: (settings) => settings.PROJECTOR_PORT });
