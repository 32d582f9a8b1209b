/** RUB, the budget job's first custom function: Russian money text → number, a whole range in one call. */
import { parseAmount } from '../../core/budget/amount';
import { messages } from '../../core/i18n';
import { asGrid } from '../custom-function-args';
import type { CustomFunctionDoc } from '../job';

export const RUB_DOC: CustomFunctionDoc = {
  name: 'RUB',
  summary: 'Превращает денежный текст («30 000», «1 234,50», «20 000 руб.», «—») в число. Диапазон — целиком, одним вызовом.',
  summaryEn: 'Turns Russian money text («30 000», «1 234,50», «20 000 руб.», «—») into a number. A whole range in one call.',
  params: [
    {
      name: 'value',
      type: 'number|string|Array<Array<string>>',
      description: 'Ячейка или диапазон с суммами, например B2:B200',
    },
  ],
  returns: 'Число или столбец чисел; для нечисловой ячейки — пояснение',
  example: '=RUB(C2:C40)',
};

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/** RUB(value): Russian money text → number. Blank stays blank; a bad cell gets a message (a single bad cell: an error). */
export function RUB(value: unknown): number | string | (number | string)[][] {
  const t = messages('ru').rub;
  if (!Array.isArray(value)) {
    if (isBlank(value)) return '';
    const one = parseAmount(value);
    if (!one.ok) throw new Error(t.notNumber(one.reason));
    return one.value;
  }
  return asGrid(value).map((row) =>
    row.map((cell) => {
      if (isBlank(cell)) return '';
      const r = parseAmount(cell);
      return r.ok ? r.value : t.notNumber(r.reason);
    }),
  );
}
