/**
 * Evaluates one formula as Sheets does: the formula is parsed by @borgar/fx (MIT, the Excel/Sheets grammar:
 * quoted sheet names, ranges, arrays, operators) and its functions come from @formulajs/formulajs (MIT, ~400
 * Excel functions); this file is only the glue between them: references, the operators and their coercions,
 * the few functions that need a reference or must not evaluate every argument, and the bundle's custom
 * functions. Formulas are in the form the file and Apps Script keep them: English names, «,» between arguments,
 * «.» in numbers (`=SUM(A1:A3, 2.5)`), whatever the spreadsheet's locale (formula-locale.ts turns what a user
 * types in a ru_RU spreadsheet, `=СУММ(A1:A3; 2,5)`, into that form).
 *
 * Values: number, string, boolean, Date (a date cell's wall clock), null (an empty cell), SheetError, and 2-D
 * arrays of those. Errors are Error objects whose message is the code ('#DIV/0!'): formulajs checks
 * `instanceof Error` and passes them on.
 */
import { parse, parseA1Ref, tokenize } from '@borgar/fx';
import * as formulajs from '@formulajs/formulajs';
import type { GridBox } from './a1';

export type Scalar = number | string | boolean | Date | null | SheetError;
export type Matrix = Scalar[][];
export type FormulaValue = Scalar | Matrix;

/** A formula error: `code` is what the cell shows (#DIV/0!), `detail` what Sheets says on hover. */
export class SheetError extends Error {
  constructor(
    readonly code: string,
    readonly detail = '',
  ) {
    super(code);
  }
}

/** A reference while it is being evaluated: a box on a sheet (by name). */
export interface Ref {
  kind: 'ref';
  sheet: string;
  box: GridBox;
}

/** What the evaluator needs from the workbook. */
export interface EvalHost {
  /** The sheet the formula is on. */
  sheet: string;
  row: number;
  column: number;
  /** A cell's value, formulas evaluated first; undefined when the sheet does not exist. */
  cell(sheet: string, row: number, column: number): Scalar | undefined;
  /** Rows × columns of a box, clipped to where the sheet has data (whole columns A:A). */
  extent(sheet: string, box: GridBox): GridBox | undefined;
  /** A custom function of the bundle (the upper-case name as typed), or undefined when there is none. */
  custom(name: string): ((args: unknown[]) => FormulaValue) | undefined;
}

/** The parsed formula, or the parse error Sheets shows («#ERROR! Formula parse error.»). */
export type Parsed = { ast: Node } | { error: SheetError };

interface Node {
  type: string;
  [field: string]: unknown;
}

export function parseFormula(formula: string): Parsed {
  try {
    const ast = parse(tokenize(formula.startsWith('=') ? formula : `=${formula}`, { mergeRefs: true }), {}) as unknown as Node;
    return { ast };
  } catch {
    return { error: new SheetError('#ERROR!', 'Formula parse error.') };
  }
}

/** Names of every function the formula calls (upper case). */
export function calledFunctions(node: Node, into = new Set<string>()): Set<string> {
  if (node.type === 'CallExpression') into.add(String((node.callee as { name: string }).name).toUpperCase());
  for (const child of children(node)) calledFunctions(child, into);
  return into;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  if (Array.isArray(node.arguments)) out.push(...(node.arguments as Node[]));
  if (Array.isArray(node.elements)) for (const row of node.elements as Node[][]) out.push(...row);
  return out.filter(Boolean);
}

/** Evaluates a parsed formula; a range result comes back as a 2-D array. */
export function evaluate(ast: Node, host: EvalHost): FormulaValue {
  try {
    return deref(evalNode(ast, host), host);
  } catch (err) {
    if (err instanceof SheetError) return err;
    throw err;
  }
}

type Evaluated = FormulaValue | Ref;

function isRef(v: unknown): v is Ref {
  return typeof v === 'object' && v !== null && (v as Ref).kind === 'ref';
}

function evalNode(node: Node, host: EvalHost): Evaluated {
  switch (node.type) {
    case 'Literal':
      return node.value as Scalar;
    case 'ErrorLiteral':
      return new SheetError(String(node.value).toUpperCase());
    case 'ReferenceIdentifier':
      return reference(node, host);
    case 'ArrayExpression':
      return (node.elements as Node[][]).map((row) => row.map((el) => toScalar(deref(evalNode(el, host), host))));
    case 'UnaryExpression':
      return unary(String(node.operator), evalNode((node.arguments as Node[])[0]!, host), host);
    case 'BinaryExpression': {
      const [a, b] = node.arguments as [Node, Node];
      const op = String(node.operator);
      if (op === ':' || op === ' ' || op === ',') return refOperator(op, evalNode(a, host), evalNode(b, host));
      return binary(op, deref(evalNode(a, host), host), deref(evalNode(b, host), host));
    }
    case 'CallExpression':
      return call(String((node.callee as { name: string }).name).toUpperCase(), node.arguments as Node[], host);
    default:
      return new SheetError('#ERROR!', `Not supported here: ${node.type}`);
  }
}

// ---- references ----------------------------------------------------------------------------------

/** A reference's sheet and box as written (whole columns open-ended), parsed once per formula text. */
const parsedRefs = new WeakMap<Node, { sheet: string | undefined; box: GridBox } | SheetError>();

function reference(node: Node, host: EvalHost): Evaluated {
  let parsed = parsedRefs.get(node);
  if (!parsed) {
    parsed = parseReference(node);
    parsedRefs.set(node, parsed);
  }
  if (parsed instanceof SheetError) return parsed;
  const sheet = parsed.sheet ?? host.sheet;
  const clipped = host.extent(sheet, parsed.box);
  if (!clipped) return new SheetError('#REF!', `Unresolved sheet name '${sheet}'.`);
  return { kind: 'ref', sheet, box: clipped };
}

function parseReference(node: Node): { sheet: string | undefined; box: GridBox } | SheetError {
  if (node.kind === 'name' || node.kind === 'table') {
    return new SheetError('#NAME?', `Unknown range name: '${String(node.value)}'.`);
  }
  const parsed = parseA1Ref(String(node.value)) as {
    context?: string[];
    range?: { top?: number | null; left?: number | null; bottom?: number | null; right?: number | null };
  } | null;
  const r = parsed?.range;
  if (!r) return new SheetError('#REF!', `Bad reference: ${String(node.value)}`);
  const top = (r.top ?? 0) + 1;
  const left = (r.left ?? 0) + 1;
  const bottom = r.bottom === null || r.bottom === undefined ? Number.MAX_SAFE_INTEGER : r.bottom + 1;
  const right = r.right === null || r.right === undefined ? Number.MAX_SAFE_INTEGER : r.right + 1;
  return { sheet: parsed.context?.[0], box: { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 } };
}

function refOperator(op: string, a: Evaluated, b: Evaluated): Evaluated {
  if (!isRef(a) || !isRef(b) || a.sheet !== b.sheet) return new SheetError('#VALUE!', `Operator ${op} needs references on one sheet.`);
  if (op === ',') return new SheetError('#VALUE!', 'Unions of ranges are not supported here.');
  const r1 = Math.min(a.box.row, b.box.row);
  const c1 = Math.min(a.box.column, b.box.column);
  const r2 = Math.max(a.box.row + a.box.numRows, b.box.row + b.box.numRows) - 1;
  const c2 = Math.max(a.box.column + a.box.numColumns, b.box.column + b.box.numColumns) - 1;
  if (op === ':') return { kind: 'ref', sheet: a.sheet, box: { row: r1, column: c1, numRows: r2 - r1 + 1, numColumns: c2 - c1 + 1 } };
  // ' ': the intersection
  const top = Math.max(a.box.row, b.box.row);
  const left = Math.max(a.box.column, b.box.column);
  const bottom = Math.min(a.box.row + a.box.numRows, b.box.row + b.box.numRows) - 1;
  const right = Math.min(a.box.column + a.box.numColumns, b.box.column + b.box.numColumns) - 1;
  if (bottom < top || right < left) return new SheetError('#NULL!', 'The ranges do not intersect.');
  return { kind: 'ref', sheet: a.sheet, box: { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 } };
}

/** A reference read: one cell → its value, a box → a 2-D array. */
function deref(v: Evaluated, host: EvalHost): FormulaValue {
  if (!isRef(v)) return v;
  const { box } = v;
  if (box.numRows === 1 && box.numColumns === 1) return host.cell(v.sheet, box.row, box.column) ?? null;
  const out: Matrix = [];
  for (let r = 0; r < box.numRows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < box.numColumns; c++) line.push(host.cell(v.sheet, box.row + r, box.column + c) ?? null);
    out.push(line);
  }
  return out;
}

// ---- coercions -------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

/** A date cell (a wall clock) as a spreadsheet serial number: days since 30.12.1899. */
export function dateToSerial(d: Date): number {
  const utc = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  return (utc - EPOCH_1899) / DAY_MS;
}

function toScalar(v: FormulaValue): Scalar {
  return Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
}

function toNumber(v: Scalar): number | SheetError {
  if (v instanceof SheetError) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return dateToSerial(v);
  const t = v.trim().replace(/[\u00a0\u202f ]/g, '');
  const n = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$/.test(t)
    ? Number(t.replace(',', '.').replace('%', '')) / (t.endsWith('%') ? 100 : 1)
    : NaN;
  return Number.isFinite(n)
    ? n
    : new SheetError('#VALUE!', `Function expects number values. But '${v}' is a text and cannot be coerced to a number.`);
}

function toText(v: Scalar): string | SheetError {
  if (v instanceof SheetError) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (v instanceof Date) return String(dateToSerial(v));
  return v;
}

function toBoolean(v: Scalar): boolean | SheetError {
  if (v instanceof SheetError) return v;
  if (v === null || v === '') return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof Date) return true;
  const upper = v.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'ИСТИНА') return true;
  if (upper === 'FALSE' || upper === 'ЛОЖЬ') return false;
  return new SheetError('#VALUE!', `Function expects boolean values. But '${v}' is a text and cannot be coerced to a boolean.`);
}

function checkNumber(n: number): number | SheetError {
  return Number.isFinite(n) ? n : new SheetError('#NUM!', 'The result is not a finite number.');
}

// ---- operators ---------------------------------------------------------------------------------------

function unary(op: string, arg: Evaluated, host: EvalHost): FormulaValue {
  return map1(deref(arg, host), (v) => {
    if (op === '@' || op === '#') return v;
    const n = toNumber(v);
    if (n instanceof SheetError) return n;
    return op === '-' ? -n : op === '%' ? n / 100 : n;
  });
}

function binary(op: string, a: FormulaValue, b: FormulaValue): FormulaValue {
  return map2(a, b, (x, y) => {
    if (x instanceof SheetError) return x;
    if (y instanceof SheetError) return y;
    if (op === '&') {
      const s = toText(x);
      const t = toText(y);
      return s instanceof SheetError ? s : t instanceof SheetError ? t : s + t;
    }
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, x, y);
    const n = toNumber(x);
    const m = toNumber(y);
    if (n instanceof SheetError) return n;
    if (m instanceof SheetError) return m;
    switch (op) {
      case '+':
        return n + m;
      case '-':
        return n - m;
      case '*':
        return n * m;
      case '/':
        return m === 0 ? new SheetError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.') : n / m;
      case '^':
        return checkNumber(n ** m);
      default:
        return new SheetError('#ERROR!', `Unknown operator ${op}`);
    }
  });
}

/** Sheets' order: numbers (and dates) < text < booleans; text without case; an empty cell is 0, '' or FALSE beside the other side. */
function compare(op: string, x: Scalar, y: Scalar): boolean {
  const rank = (v: Scalar) => (typeof v === 'boolean' ? 2 : typeof v === 'string' ? 1 : 0);
  const blankLike = (v: Scalar, other: Scalar): Scalar =>
    v !== null ? v : typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  let a = blankLike(x, y);
  let b = blankLike(y, x);
  if (a instanceof Date) a = dateToSerial(a);
  if (b instanceof Date) b = dateToSerial(b);
  let c: number;
  if (rank(a) !== rank(b)) c = rank(a) - rank(b);
  else if (typeof a === 'string' && typeof b === 'string') {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    c = s < t ? -1 : s > t ? 1 : 0;
  } else c = Number(a) - Number(b);
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function map1(v: FormulaValue, f: (x: Scalar) => Scalar): FormulaValue {
  return Array.isArray(v) ? v.map((row) => row.map(f)) : f(v);
}

/** Element by element; a single row or column is repeated along the other array, as ARRAYFORMULA does. */
function map2(a: FormulaValue, b: FormulaValue, f: (x: Scalar, y: Scalar) => Scalar): FormulaValue {
  if (!Array.isArray(a) && !Array.isArray(b)) return f(a, b);
  const A: Matrix = Array.isArray(a) ? a : [[a]];
  const B: Matrix = Array.isArray(b) ? b : [[b]];
  const rows = Math.max(A.length, B.length);
  const cols = Math.max(A[0]?.length ?? 0, B[0]?.length ?? 0);
  const at = (m: Matrix, r: number, c: number): Scalar | undefined => {
    const row = m.length === 1 ? m[0] : m[r];
    if (!row) return undefined;
    return row.length === 1 ? row[0] : row[c];
  };
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < cols; c++) {
      const x = at(A, r, c);
      const y = at(B, r, c);
      line.push(x === undefined || y === undefined ? new SheetError('#N/A', 'Array arguments are of different size.') : f(x, y));
    }
    out.push(line);
  }
  return out;
}

// ---- functions -------------------------------------------------------------------------------------

/** Functions with their own rules: arguments evaluated only when needed, or read as references. */
const SPECIAL: Record<string, (args: Node[], host: EvalHost) => FormulaValue> = {
  IF: (args, host) => {
    const test = toBoolean(toScalar(value(args[0], host)));
    if (test instanceof SheetError) return test;
    const chosen = test ? args[1] : args[2];
    return chosen ? value(chosen, host) : test ? true : false;
  },
  IFERROR: (args, host) => {
    const v = value(args[0], host);
    return toScalar(v) instanceof SheetError ? (args[1] ? value(args[1], host) : '') : v;
  },
  IFNA: (args, host) => {
    const v = value(args[0], host);
    const s = toScalar(v);
    return s instanceof SheetError && s.code === '#N/A' ? (args[1] ? value(args[1], host) : '') : v;
  },
  IFS: (args, host) => {
    for (let i = 0; i + 1 < args.length; i += 2) {
      const test = toBoolean(toScalar(value(args[i], host)));
      if (test instanceof SheetError) return test;
      if (test) return value(args[i + 1], host);
    }
    return new SheetError('#N/A', 'No match.');
  },
  ARRAYFORMULA: (args, host) => (args[0] ? value(args[0], host) : new SheetError('#N/A', 'Wrong number of arguments to ARRAYFORMULA.')),
  ROW: (args, host) => lineOf(args, host, 'row'),
  COLUMN: (args, host) => lineOf(args, host, 'column'),
  ROWS: (args, host) => sizeOf(args, host, 'numRows'),
  COLUMNS: (args, host) => sizeOf(args, host, 'numColumns'),
  ISBLANK: (args, host) => {
    const v = args[0] ? value(args[0], host) : null;
    return Array.isArray(v) ? v.map((row) => row.map((x) => x === null)) : v === null;
  },
};

function value(node: Node | undefined, host: EvalHost): FormulaValue {
  return node ? deref(evalNode(node, host), host) : null;
}

function lineOf(args: Node[], host: EvalHost, axis: 'row' | 'column'): FormulaValue {
  if (!args[0]) return axis === 'row' ? host.row : host.column;
  const r = evalNode(args[0], host);
  return isRef(r) ? r.box[axis] : new SheetError('#VALUE!', `Argument of ${axis.toUpperCase()} must be a reference.`);
}

function sizeOf(args: Node[], host: EvalHost, size: 'numRows' | 'numColumns'): FormulaValue {
  const r = args[0] ? evalNode(args[0], host) : null;
  if (isRef(r)) return r.box[size];
  const v = r === null ? null : deref(r, host);
  return Array.isArray(v) ? (size === 'numRows' ? v.length : (v[0]?.length ?? 0)) : 1;
}

function call(name: string, args: Node[], host: EvalHost): FormulaValue {
  const special = SPECIAL[name];
  if (special) return special(args, host);
  const custom = host.custom(name);
  if (custom) return custom(args.map((a) => customArg(evalNode(a, host), host)));
  const fn = formulajsFunction(name);
  if (!fn) return new SheetError('#NAME?', `Unknown function: '${name}'.`);
  const values = args.map((a) => forFormulajs(value(a, host)));
  let result: unknown;
  try {
    result = fn(...values);
  } catch (err) {
    return new SheetError('#ERROR!', err instanceof Error ? err.message : String(err));
  }
  return fromFormulajs(result);
}

/** A custom function's argument as Sheets passes it: a cell's value ('' when empty) or a 2-D array. */
function customArg(v: Evaluated, host: EvalHost): unknown {
  const d = deref(v, host);
  const plain = (x: Scalar) => (x === null ? '' : x instanceof SheetError ? x.code : x);
  return Array.isArray(d) ? d.map((row) => row.map(plain)) : plain(d);
}

type Fn = (...args: unknown[]) => unknown;

/** `SUM`, `STDEV.S` (formulajs keeps it as STDEV.S), `_xlfn.` names from Excel files. */
function formulajsFunction(name: string): Fn | undefined {
  const plain = name.replace(/^_XLFN\./, '').replace(/^_XLWS\./, '');
  let target: unknown = formulajs;
  for (const part of plain.split('.')) {
    target = (target as Record<string, unknown>)?.[part];
    if (target === undefined) return undefined;
  }
  if (typeof target === 'function') return target as Fn;
  return undefined;
}

/** Errors as formulajs knows them (Error objects), dates as serial numbers. */
function forFormulajs(v: FormulaValue): unknown {
  const one = (x: Scalar) => (x instanceof Date ? dateToSerial(x) : x);
  return Array.isArray(v) ? v.map((row) => row.map(one)) : one(v);
}

function fromFormulajs(result: unknown): FormulaValue {
  const one = (x: unknown): Scalar => {
    if (x instanceof SheetError) return x;
    if (x instanceof Error)
      return new SheetError(x.message.startsWith('#') ? x.message : '#ERROR!', x.message.startsWith('#') ? '' : x.message);
    if (x === undefined) return null;
    if (typeof x === 'number') return checkNumber(x);
    if (x === null || typeof x === 'string' || typeof x === 'boolean' || x instanceof Date) return x;
    return String(x);
  };
  if (Array.isArray(result)) {
    if (result.length === 0) return new SheetError('#N/A', 'No matches are found.');
    return result.map((row: unknown) => (Array.isArray(row) ? row.map(one) : [one(row)]));
  }
  return one(result);
}
