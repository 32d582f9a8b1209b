/** Session: who runs the script, in which language and time zone. */
import { SERVICE } from './instrument';
import { UserImpl } from './user';

export interface SessionSettings {
  userEmail: string;
  /** Session.getActiveUserLocale(), e.g. 'ru' or 'en'. */
  userLocale: string;
  timeZone: string;
}

export class SessionImpl {
  readonly [SERVICE] = 'Session';

  /** `authorised`: whether the running code has the user's authorisation (not a custom function, not AuthMode.NONE). */
  constructor(
    private readonly settings: SessionSettings,
    private readonly authorised: () => boolean = () => true,
  ) {}

  /**
   * "The user's email address is not available in any context that allows a script to run without that user's
   * authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom function" — getEmail() is then ''
   * (developers.google.com/apps-script/reference/base/session#getActiveUser()).
   */
  getActiveUser(): UserImpl {
    return new UserImpl(this.authorised() ? this.settings.userEmail : '');
  }
  getEffectiveUser(): UserImpl {
    return new UserImpl(this.authorised() ? this.settings.userEmail : '');
  }
  getActiveUserLocale(): string {
    return this.settings.userLocale;
  }
  getScriptTimeZone(): string {
    return this.settings.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return `temp-${Buffer.from(this.settings.userEmail).toString('base64url')}`;
  }
}
