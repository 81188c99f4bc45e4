import { runAlone } from '@kravspar/http';
import { NOTIFIER, NotifierModule } from './notifier.module';

runAlone({ appName: NOTIFIER, register: (context) => NotifierModule.register(context), port: (settings) => settings.NOTIFIER_PORT });
