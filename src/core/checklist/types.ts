/** The shapes of the checklist-monitoring job: template, answers, scores, rounds, summary. */
import type { Finding } from '../table/findings';

/** The answer words of a yes/no checklist. */
export type YesNo = 'yes' | 'partial' | 'no' | 'na';

/** One answer option of a scored criterion: «скорее подтверждается» worth 2 points. */
export interface ScaleOption {
  label: string;
  points: number;
}

/**
 * How a criterion is answered:
 * - yes/no: Да = 1, Частично = 0.5, Нет = 0 (times the weight), «Не применимо» left out;
 * - points: a number from 0 to `max`, or one of `options` (each worth its points; `max` is the largest).
 */
export type Scale = { kind: 'yesno' } | { kind: 'points'; max: number; options?: ScaleOption[]; percent?: boolean };

/** Where an imported checklist's scale came from (a column, a header, a line of text, …; core/checklist/import-word). */
export type ScaleSource = 'column' | 'header' | 'text' | 'options' | 'maxima' | 'answers' | 'none';

/**
 * Which way is good: 'up' (more points, «Да» — the usual), or 'down' (a negative item: fewer is better, «Да» is
 * bad — «ОУ находится в аварийном состоянии», «количество аварийных объектов», «убывание»).
 */
export type Direction = 'up' | 'down';

/** A level threshold: the level is reached from `min` (a share 0..1 when `unit` is 'share', points otherwise). */
export interface LevelThreshold {
  level: string;
  min: number;
}

export interface Levels {
  unit: 'share' | 'points';
  /** Sorted by `min`, lowest first. */
  thresholds: LevelThreshold[];
  /** Named without thresholds («ниже базового; базовый; средний; высокий»): equal shares of the maximum were taken. */
  equal?: boolean;
}

export interface Criterion {
  /** section + № (or section + text when № is empty), normalised: how a school tab's row is matched. */
  id: string;
  section: string;
  number: string;
  text: string;
  weight: number;
  scale: Scale;
  /** 'down' for a negative item; absent for the usual «more is better». */
  direction?: Direction;
  /** 0-based row on the sheet it was read from. */
  row: number;
}

export interface Template {
  criteria: Criterion[];
  /** Section name → its level thresholds. */
  sectionLevels: Record<string, Levels>;
  /** Thresholds for the whole checklist. */
  levels?: Levels;
}

/** One answer cell, read. */
export interface ParsedAnswer {
  /**
   * empty: nothing written; ok: a dropdown word, a checkbox or a number in range;
   * read: hand-written but clear («да», «+», «✓») — counted and reported as info;
   * flag: not readable («?», «да/нет», 5 on a 0–3 scale) — not counted, reported.
   */
  status: 'empty' | 'ok' | 'read' | 'flag';
  /** The cell as text. */
  text: string;
  /** For yes/no criteria. */
  value?: YesNo;
  /** For scored criteria (and 'na' is `value: 'na'` there too). */
  points?: number;
  /** Why a flagged answer was not read (in the message language). */
  reason?: string;
}

/** One criterion's answer on one school tab. */
export interface CriterionAnswer {
  criterionId: string;
  answer: ParsedAnswer;
  evidence: string;
  comment: string;
  /** 0-based sheet row on the school tab. */
  row: number;
}

/** The score of one criterion's answer (null when it is not counted: empty, flagged, «не применимо»). */
export interface CriterionScore {
  earned: number;
  max: number;
}

export interface ScoreBlock {
  criteria: number;
  /** Answers given and counted (incl. «Не применимо»). */
  answered: number;
  notApplicable: number;
  flagged: number;
  /** «Нет» answers and zero-point answers. */
  zero: number;
  earned: number;
  /** The maximum of the counted (answered, applicable) criteria. */
  max: number;
  /** earned / max, null when nothing was counted. */
  score: number | null;
  level?: string;
}

export interface ChecklistScore extends ScoreBlock {
  /** Share of criteria answered, 0..1. */
  answeredShare: number;
  sections: (ScoreBlock & { section: string })[];
}

export type TabFindingCode =
  | 'no-header'
  | 'no-answer-column'
  | 'text-edited'
  | 'renumbered'
  | 'criterion-changed'
  | 'unknown-row'
  | 'missing-criterion'
  | 'duplicate-row'
  | 'answer-read'
  | 'answer-flagged'
  | 'cell-error';

export type ChecklistFinding = Finding<TabFindingCode | string>;

/** A school tab read against the template. */
export interface SchoolSheet {
  school: string;
  answers: CriterionAnswer[];
  findings: ChecklistFinding[];
  /** True when no answer cell is filled. */
  notStarted: boolean;
}

/** One monitoring round as kept in the history sheet. */
export interface RoundRecord {
  name: string;
  /** ISO day. */
  date: string;
  schools: RoundSchool[];
}

export interface RoundSchool {
  school: string;
  /** Per criterion: what was answered and its points. */
  items: {
    criterionId: string;
    section: string;
    number: string;
    text: string;
    answer: string;
    earned: number | null;
    max: number | null;
  }[];
}
