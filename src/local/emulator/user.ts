/** Session.getActiveUser() and protection editors. */
import { SERVICE } from './instrument';

export class UserImpl {
  readonly [SERVICE] = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}
