/** Years as the budget job's users ask for them; the header labels themselves are read by core/table. */
import { parseYearLabel, type YearLabel } from '../table/years';

export { MAX_YEAR, MIN_YEAR, parseYearLabel, type YearLabel } from '../table/years';

/**
 * Reads a year the user asks for (BUDGET_TOTAL's argument): 2024, "2024", "2024 год", "2021/2022",
 * "2021-2022 уч. г.". Null when it is not a year.
 */
export function parseYearQuery(value: unknown): YearLabel | null {
  const y = parseYearLabel(value);
  return y && y.plausible ? y : null;
}
