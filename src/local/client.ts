/**
 * The typed client of the server's endpoints over an emulator session: the names, payloads and replies of
 * src/server/api.ts, checked by tsc, as the sidebars call them through google.script.run. The CLI, the
 * playground, the bench and the tests call the bundle through it.
 */
import type { DataOf, EndpointName, PayloadOf, Reply } from '../server/api';
import type { Session } from './emulator';

export type { Reply } from '../server/api';

/** Calls an endpoint of the bundle by name: `run(session, 'planCheck', { sheet })` replies `Reply<DataOf<'planCheck'>>`. */
export function run<K extends EndpointName>(session: Session, name: K, ...args: PayloadOf<K>): Reply<DataOf<K>> {
  return session.run(name, ...args) as Reply<DataOf<K>>;
}

/** The data of a reply that must have succeeded (typed when the reply is; any for an untyped `session.run`). */
export function ok<T>(reply: Reply<T>): T;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an untyped session.run reply, as tests read it
export function ok<T = any>(reply: unknown): T;
export function ok<T>(reply: unknown): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`expected a reply, got: ${JSON.stringify(reply)}`);
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.data;
}

/** The message of a reply that must have failed. */
export function error(reply: unknown): string {
  const r = reply as Reply<unknown> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`expected a reply, got: ${JSON.stringify(reply)}`);
  if (r.ok) throw new Error('expected an error reply');
  return r.error;
}
