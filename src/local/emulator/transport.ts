/**
 * What google.script.run can carry: primitives (number, string, boolean, null, undefined),
 * arrays and plain objects of those. No Date, no function, no class instance. Realm-agnostic.
 */
import { isDate, isPlainObject } from './realm';

/** Why `value` cannot cross google.script.run, or undefined when it can. `where` names the spot. */
export function transportProblem(value: unknown, where: string): string | undefined {
  const type = typeof value;
  if (value === null || type === 'undefined' || type === 'string' || type === 'boolean') return undefined;
  if (type === 'number') return undefined;
  if (type === 'function') return `${where}: функция`;
  if (type !== 'object') return `${where}: значение типа ${type}`;
  if (isDate(value)) return `${where}: дата (Date) — передавайте даты строками ISO`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = transportProblem(value[i], `${where}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const problem = transportProblem(item, `${where}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return `${where}: объект класса ${name || 'без имени'}`;
}
