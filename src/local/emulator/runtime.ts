/** State shared by all service objects of one emulated execution environment. */
import { CallCounter } from './call-counter';
import { FaultInjector } from './faults';
import { hostRealm, type Realm } from './realm';
import type { GrantedScopes } from './scopes';

/**
 * What the running code may do:
 * - `full`: a menu action, a sidebar call, onOpen with FULL/LIMITED auth;
 * - `auth-none`: onOpen/onInstall in AuthMode.NONE: only the menu may be built;
 * - `custom-function`: a custom function: spreadsheet reads only, no UI.
 */
export type AccessMode = 'full' | 'auth-none' | 'custom-function';

export class Runtime {
  access: AccessMode = 'full';
  /** The OAuth scopes the script holds (the manifest's, narrowed to the user's grant): every call is checked against them. */
  scopes: GrantedScopes = 'all';
  /** How many executions of the bundle are running (a custom function cannot start inside one). */
  executing = 0;
  /** Proxies handed out for each service object (one per object, so `===` holds). */
  readonly proxies = new WeakMap<object, object>();
  /** Failures a test injects into service calls (none unless armed). */
  readonly faults = new FaultInjector();

  constructor(
    readonly calls: CallCounter = new CallCounter(),
    readonly realm: Realm = hostRealm,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs `action` with a different access mode, restoring the previous one afterwards. */
  withAccess<T>(mode: AccessMode, action: () => T): T {
    const previous = this.access;
    this.access = mode;
    try {
      return action();
    } finally {
      this.access = previous;
    }
  }
}
