/**
 * The score of one checklist: points over the maximum of the answered criteria, per section and overall,
 * with the level where the template gives thresholds. Yes/no: Да = 1, Частично = 0.5, Нет = 0 (weighted);
 * «Не применимо», empty and flagged answers are left out of the maximum.
 */
import { answerScore } from './answer';
import { levelOf } from './scale';
import type { ChecklistScore, Criterion, Levels, ParsedAnswer, ScoreBlock, Template } from './types';

function emptyBlock(): ScoreBlock {
  return { criteria: 0, answered: 0, notApplicable: 0, flagged: 0, zero: 0, earned: 0, max: 0, score: null };
}

function add(block: ScoreBlock, c: Criterion, a: ParsedAnswer | undefined): void {
  block.criteria++;
  if (!a || a.status === 'empty') return;
  if (a.status === 'flag') {
    block.flagged++;
    return;
  }
  block.answered++;
  if (a.value === 'na') {
    block.notApplicable++;
    return;
  }
  const s = answerScore(a, c.scale, c.weight, c.direction);
  if (!s) return;
  block.earned += s.earned;
  block.max += s.max;
  if (s.earned === 0) block.zero++;
}

function finish(block: ScoreBlock, levels: Levels | undefined): void {
  block.earned = round(block.earned);
  block.max = round(block.max);
  block.score = block.max > 0 ? block.earned / block.max : null;
  if (levels) {
    const level = levelOf(levels, block.score, block.earned);
    if (level !== undefined && block.max > 0) block.level = level;
  }
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Scores a school's answers (criterion id → answer) against the template. */
export function scoreChecklist(template: Template, answers: ReadonlyMap<string, ParsedAnswer>): ChecklistScore {
  const total = emptyBlock();
  const sections = new Map<string, ScoreBlock & { section: string }>();
  for (const c of template.criteria) {
    const a = answers.get(c.id);
    add(total, c, a);
    let s = sections.get(c.section);
    if (!s) sections.set(c.section, (s = { section: c.section, ...emptyBlock() }));
    add(s, c, a);
  }
  for (const s of sections.values()) finish(s, template.sectionLevels[s.section]);
  finish(total, template.levels);
  return { ...total, answeredShare: total.criteria ? total.answered / total.criteria : 0, sections: [...sections.values()] };
}
