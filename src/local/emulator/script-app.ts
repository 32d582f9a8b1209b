/** ScriptApp: only the AuthMode enum (for onOpen(e) / onInstall(e)). */
import { AuthMode } from './enums';
import { SERVICE } from './instrument';

export class ScriptAppImpl {
  readonly [SERVICE] = 'ScriptApp';
  readonly AuthMode = AuthMode;
}
