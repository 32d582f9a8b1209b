/**
 * The sidebar API as types, taken from the server's own exports: a sidebar, the playground and the CLI
 * call an endpoint by name and get its payload and reply checked by tsc. Types only: nothing here runs.
 */
import type * as Server from './index';
import type { Reply } from './runtime';

type Exports = typeof Server;

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
