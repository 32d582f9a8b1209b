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

  constructor(private readonly settings: SessionSettings) {}

  getActiveUser(): UserImpl {
    return new UserImpl(this.settings.userEmail);
  }
  getEffectiveUser(): UserImpl {
    return new UserImpl(this.settings.userEmail);
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
