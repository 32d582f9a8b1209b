/** The people job over the corpus: its expectations per document (to be written from the corpus README). */
import type { CorpusDoc } from './read-corpus';
import type { DocMeasure, JobCorpus } from './measure';

export const PEOPLE_CORPUS: JobCorpus = {
  name: 'Ответственные',
  folders: ['people', 'plans'],
  expects: () => false,
  measure(doc: CorpusDoc): DocMeasure {
    return { job: doc.job, doc: doc.name, recognition: 'no', facts: [], falseFindings: [] };
  },
};
