/** The checklist job's custom functions: CHECKLIST_SCORE and TARGET_MET (logic in core/checklist/functions). */
import { checklistScoreValue, targetMetGrid } from '../../core/checklist';
import { asGrid } from '../custom-function-args';
import type { CustomFunctionDoc } from '../job';

export const CHECKLIST_SCORE_DOC: CustomFunctionDoc = {
  name: 'CHECKLIST_SCORE',
  summary:
    'Балл чек-листа от 0 до 1: «Да» = 1, «Частично» = 0,5, «Нет» = 0, «Не применимо» и пустые не учитываются. С весами — взвешенный балл.',
  summaryEn:
    'Checklist score from 0 to 1: «Да» = 1, «Частично» = 0.5, «Нет» = 0; «Не применимо» and blanks are left out. With weights, the weighted score.',
  params: [
    { name: 'answers', type: 'string|Array<Array<string>>', description: 'Диапазон ответов, например F4:F25' },
    {
      name: 'weights',
      type: 'number|Array<Array<number>>',
      description: 'Веса критериев того же размера, например D4:D25',
      optional: true,
    },
  ],
  returns: 'Доля набранных баллов (0–1) или пояснение, если ответ не распознан',
  example: '=CHECKLIST_SCORE(F4:F25; D4:D25)',
};

export const TARGET_MET_DOC: CustomFunctionDoc = {
  name: 'TARGET_MET',
  summary:
    'Достигнут ли показатель: цель вида «Не менее 3 консультаций в месяц» (или «14,5» с направлением «убывание») и факт → ИСТИНА, ЛОЖЬ или «нет данных».',
  summaryEn:
    'Whether a target is met: a target such as «Не менее 3 консультаций в месяц» (or «14,5» with the direction «убывание») and the actual value → TRUE, FALSE or «нет данных».',
  params: [
    { name: 'target', type: 'string|Array<Array<string>>', description: 'Текст цели или диапазон, например B2:B10' },
    {
      name: 'actual',
      type: 'number|string|Array<Array<string>>',
      description: 'Факт или диапазон фактов того же размера, например C2:C10',
    },
    {
      name: 'direction',
      type: 'string|Array<Array<string>>',
      description:
        'Направление: «возрастание» (больше — лучше, по умолчанию) или «убывание» («меньше — лучше»); «не более» в самой цели важнее',
      optional: true,
    },
  ],
  returns: 'ИСТИНА, ЛОЖЬ или «нет данных» (столбец для диапазона)',
  example: '=TARGET_MET(B2:B10; C2:C10)',
};

const grid = (v: unknown) => (Array.isArray(v) ? asGrid(v) : v);

/** CHECKLIST_SCORE(answers, [weights]): the share of points, or a message when an answer is unreadable. */
export function CHECKLIST_SCORE(answers: unknown, weights?: unknown): number | string {
  return checklistScoreValue(grid(answers), grid(weights));
}

/** TARGET_MET(target, actual, [direction]): TRUE, FALSE or «нет данных»; a grid for grids. */
export function TARGET_MET(target: unknown, actual: unknown, direction?: unknown): boolean | string | (boolean | string)[][] {
  return targetMetGrid(grid(target), grid(actual), 'ru', grid(direction));
}
