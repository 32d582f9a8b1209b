/** The responsibility-columns job's server side: what the bundle exposes. */
export {};
