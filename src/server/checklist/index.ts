/** The checklist-monitoring job's server side: what the bundle exposes. */
export {};
