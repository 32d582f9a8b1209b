/** The budget job's server side: what the bundle exposes. */
export { RUB } from './rub';
