/** webpack entry "commands": associates the ribbon functions once Office is ready. */
import { registerCommands } from './commands';

Office.onReady(() => registerCommands());
