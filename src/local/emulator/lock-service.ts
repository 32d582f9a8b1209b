/**
 * LockService. One emulated execution runs at a time, so a lock is only ever held by another
 * Lock object of the same kind (e.g. a nested tryLock), which makes tryLock return false.
 */
import { SERVICE } from './instrument';

type LockKind = 'document' | 'script' | 'user';

export class LockImpl {
  readonly [SERVICE] = 'Lock';
  private held = false;

  constructor(
    private readonly owners: Map<LockKind, LockImpl>,
    private readonly kind: LockKind,
  ) {}

  tryLock(_timeoutInMillis: number): boolean {
    const owner = this.owners.get(this.kind);
    if (owner && owner !== this) return false;
    this.owners.set(this.kind, this);
    this.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    if (this.owners.get(this.kind) === this) this.owners.delete(this.kind);
    this.held = false;
  }
}

export class LockServiceImpl {
  readonly [SERVICE] = 'LockService';
  private readonly owners = new Map<LockKind, LockImpl>();

  /** `inDocument`: whether the script runs in the context of a containing document (an add-on always does). */
  constructor(private readonly inDocument = true) {}

  /**
   * "If this method is called outside of the context of a containing document (such as from a standalone script
   * or webapp), null is returned" (developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   */
  getDocumentLock(): LockImpl | null {
    return this.inDocument ? new LockImpl(this.owners, 'document') : null;
  }
  getScriptLock(): LockImpl {
    return new LockImpl(this.owners, 'script');
  }
  getUserLock(): LockImpl {
    return new LockImpl(this.owners, 'user');
  }
}
