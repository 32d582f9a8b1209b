/** The checklists job over the corpus: its expectations per document (to be written from the corpus README). */
import type { CorpusDoc } from './read-corpus';
import type { DocMeasure, JobCorpus } from './measure';

export const CHECKLISTS_CORPUS: JobCorpus = {
  name: 'Чек-листы',
  folders: ['checklists'],
  expects: () => false,
  measure(doc: CorpusDoc): DocMeasure {
    return { job: doc.job, doc: doc.name, recognition: 'no', facts: [], falseFindings: [] };
  },
};
