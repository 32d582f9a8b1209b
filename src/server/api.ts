/**
 * The sidebar API as types, taken from the server's own exports: a sidebar, the playground and the CLI
 * call an endpoint by name and get its payload and reply checked by tsc. Types only: nothing here runs.
 */
import type { Reply } from './runtime';

/**
 * Each job's exports (src/server/<job>/index.ts, what the bundle exposes), added by the job itself: its
 * entries.ts declares `declare module '../api' { interface JobExports { <job>: typeof import('./index') } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface JobExports {}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Everything the bundle exposes, every job's exports together. */
type Exports = UnionToIntersection<JobExports[keyof JobExports]>;

/** Every export that replies `{ ok, data }` is a sidebar endpoint. */
export type Endpoints = {
  [K in keyof Exports as Exports[K] extends (...args: never[]) => Reply<unknown> ? K : never]: Exports[K];
};

export type EndpointName = keyof Endpoints & string;

/** The arguments an endpoint takes (none, or one payload). */
export type PayloadOf<K extends EndpointName> = Parameters<Endpoints[K]>;

/** The data of an endpoint's successful reply. */
export type DataOf<K extends EndpointName> = ReturnType<Endpoints[K]> extends Reply<infer T> ? T : never;

export type { Reply } from './runtime';
