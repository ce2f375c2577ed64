import { FORMS, LAYERS } from './compiled-types.js';
import { viewBit, viewLevel, viewStatus } from './evaluation-read.js';
import type { ExplainContext } from './explain-context.js';
import { explainRequirement } from './explain-requirement.js';
import type { ProcedureResult } from './result-types.js';

/** The result of procedure `y` evaluated in `slot`, with its whole explanation. */
export function explainProcedure(x: ExplainContext, y: number, slot: number): ProcedureResult {
  const { c, e } = x;
  const p = c.source.procedures[y];
  const status = viewStatus(c, e, y, slot);
  const level = status === 'met' ? viewLevel(c, e.definite, y, slot) : LAYERS;
  const result: ProcedureResult = {
    code: p.code,
    name: p.name,
    province: x.province(slot),
    level: [...(p.level ?? [])],
    essential: p.essential === true,
    status,
    paper: level === 3,
    best_form: level < LAYERS ? FORMS[level] : null,
    deadlock: status === 'blocked' && e.greatest !== null && viewBit(c, e.greatest, y, LAYERS - 1, slot),
    requirements: [],
    needs: [],
  };
  if (p.name_en !== undefined) result.name_en = p.name_en;
  if (p.field !== undefined) result.field = p.field;
  if (p.ministry !== undefined) result.ministry = p.ministry;
  for (let r = c.requirementStart[y]; r < c.requirementStart[y + 1]; r++) {
    result.requirements.push(explainRequirement(x, r, slot));
  }
  const codes = p.needs ?? [];
  for (let k = c.needs.start[y], i = 0; k < c.needs.start[y + 1]; k++, i++) {
    result.needs.push(x.ref(c.needs.items[k], slot, codes[i]));
  }
  return result;
}
