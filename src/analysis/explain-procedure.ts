import { FORMS, LAYERS } from './compiled-types.js';
import { deadlocked, metLevel, viewStatus } from './evaluation-read.js';
import type { ExplainContext } from './explain-context.js';
import { explainRequirement } from './explain-requirement.js';
import type { EvaluationRef, ProcedureResult, RequirementResult } from './result-types.js';

/**
 * The result of procedure `y` evaluated in `slot`. Its explanation (`requirements` and
 * `needs`) is built when first read: both are enumerable own properties (accessors that
 * keep what they built, and take what is assigned), so the result reads, serialises, spreads,
 * clones and compares like plain data, while a result nobody explains costs only its status.
 */
export function explainProcedure(x: ExplainContext, y: number, slot: number): ProcedureResult {
  const { c, e } = x;
  const p = c.source.procedures[y];
  const status = viewStatus(c, e, y, slot);
  const level = metLevel(c, e, y, slot, status);
  const result = {
    code: p.code,
    name: p.name,
    province: x.province(slot),
    level: p.level === undefined ? [] : p.level.slice(),
    essential: p.essential === true,
    status,
    paper: level === 3,
    best_form: level < LAYERS ? FORMS[level] : null,
    deadlock: deadlocked(c, e, y, slot, status),
  } as ProcedureResult;
  Object.defineProperty(result, EXPLANATION, { value: { x, y, slot } satisfies Explanation });
  Object.defineProperty(result, 'requirements', REQUIREMENTS);
  Object.defineProperty(result, 'needs', NEEDS);
  if (p.name_en !== undefined) result.name_en = p.name_en;
  if (p.field !== undefined) result.field = p.field;
  if (p.ministry !== undefined) result.ministry = p.ministry;
  return result;
}

/**
 * What a result's explanation is built from, and what was built (or assigned) so far. It
 * hangs on the result under a symbol, not enumerable, so that the two accessors below can be
 * one pair shared by every result (results made with accessors of their own are several
 * times slower to make).
 */
interface Explanation {
  x: ExplainContext;
  y: number;
  slot: number;
  requirements?: RequirementResult[];
  needs?: EvaluationRef[];
}

const EXPLANATION = Symbol('explanation');

type Explained = ProcedureResult & { [EXPLANATION]: Explanation };

function requirementsOf({ x, y, slot }: Explanation): RequirementResult[] {
  const out: RequirementResult[] = [];
  for (let r = x.c.requirementStart[y]; r < x.c.requirementStart[y + 1]; r++) out.push(explainRequirement(x, r, slot));
  return out;
}

function needsOf({ x, y, slot }: Explanation): EvaluationRef[] {
  const { needs } = x.c;
  const codes = x.c.source.procedures[y].needs ?? [];
  const out: EvaluationRef[] = [];
  for (let k = needs.start[y], i = 0; k < needs.start[y + 1]; k++, i++) out.push(x.ref(needs.items[k], slot, codes[i]));
  return out;
}

/** The accessor of `requirements` or `needs`: one descriptor, shared by every result. */
function explained<K extends 'requirements' | 'needs'>(
  key: K,
  build: (s: Explanation) => NonNullable<Explanation[K]>,
): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: Explained) {
      const s = this[EXPLANATION];
      return (s[key] ??= build(s));
    },
    set(this: Explained, value: NonNullable<Explanation[K]>) {
      this[EXPLANATION][key] = value;
    },
  };
}

const REQUIREMENTS = explained('requirements', requirementsOf);
const NEEDS = explained('needs', needsOf);
