/** Selecting a finding's cell on its sheet: every sidebar's findings call this. */
import { z } from '../lazy-zod';
import { activeSpreadsheet, selectCell as select } from '../sheets-io';
import { endpoint, sheetNameSchema } from '../runtime';

export const selectCell = endpoint(
  z.object({ sheet: sheetNameSchema, cell: z.string().check(z.regex(/^[A-Z]{1,3}[0-9]{1,7}$/)) }),
  ({ sheet, cell }) => {
    select(activeSpreadsheet(), sheet, cell);
    return true;
  },
);
