/** The jobs measured over the corpus, in menu order; each module keeps its own expectations. */
import { BUDGETS_CORPUS } from './budgets';
import { CHECKLISTS_CORPUS } from './checklists';
import type { JobCorpus } from './measure';
import { PEOPLE_CORPUS } from './people';
import { PLANS_CORPUS } from './plans';

export const CORPUS_MEASURES: readonly JobCorpus[] = [PLANS_CORPUS, PEOPLE_CORPUS, BUDGETS_CORPUS, CHECKLISTS_CORPUS];
