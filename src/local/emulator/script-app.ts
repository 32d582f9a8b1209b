/**
 * ScriptApp: the AuthMode enum (for onOpen(e) / onInstall(e)) and authorization info for granular consent
 * (SHEETS-FACTS §9): getAuthorizationInfo(mode, scopes) says whether the given scopes are granted;
 * requireScopes ends the run when they are not (Google then prompts; the emulator throws).
 */
import { AuthMode, AuthorizationStatus } from './enums';
import { SERVICE } from './instrument';
import { isGranted, type GrantedScopes } from './scopes';

export const AUTHORIZATION_URL = 'https://script.google.com/macros/authorize?emulated=1';

export class AuthorizationInfoImpl {
  readonly [SERVICE] = 'AuthorizationInfo';

  constructor(
    private readonly missing: readonly string[],
    private readonly granted: readonly string[],
  ) {}

  getAuthorizationStatus(): string {
    return this.missing.length ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return this.missing.length ? AUTHORIZATION_URL : null;
  }
  getAuthorizedScopes(): string[] {
    return [...this.granted];
  }
}

export class ScriptAppImpl {
  readonly [SERVICE] = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;

  constructor(private readonly granted: GrantedScopes = 'all') {}

  /** Without `scopes`: the status of the whole manifest (modelled as granted unless a set was given and is empty). */
  getAuthorizationInfo(_authMode: string, scopes?: string[]): AuthorizationInfoImpl {
    const asked = Array.isArray(scopes) ? scopes.map(String) : [];
    const missing = asked.filter((s) => !isGranted(this.granted, s));
    return new AuthorizationInfoImpl(
      missing,
      asked.filter((s) => isGranted(this.granted, s)),
    );
  }
  requireScopes(_authMode: string, scopes: string[]): void {
    const missing = scopes.map(String).filter((s) => !isGranted(this.granted, s));
    if (missing.length) throw new Error(`Authorization is required to perform that action. Missing: ${missing.join(', ')}`);
  }
}
