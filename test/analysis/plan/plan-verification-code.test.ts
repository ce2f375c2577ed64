import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { loadCatalog, plan, PlanVerificationError } from '../../../src/index.js';
import { caught } from '../../helpers/thrown.js';

// PlanVerificationError is the planner and the analysis disagreeing, which no input makes
// happen: here the check of the plan against the analysis is made to find a mismatch, and
// `plan` throws it with its code.
vi.mock('../../../src/analysis/plan/verify-plan.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/analysis/plan/verify-plan.js')>();
  return { ...real, verifyPlan: () => [{ code: '1.001193', province: 'GL', expected: 'fixed', actual: 'blocked', claim: 'the plan' }] };
});

describe('a plan the analysis does not confirm', () => {
  it('throws PlanVerificationError, code VERIFICATION_FAILED, with the mismatch', async () => {
    const { catalog } = await loadCatalog(fileURLToPath(new URL('../../report/html/fixtures/hokhau-small.yaml', import.meta.url)));
    const e = await caught(() => plan(catalog));
    expect(e).toBeInstanceOf(PlanVerificationError);
    expect(e).toMatchObject({ name: 'PlanVerificationError', code: 'VERIFICATION_FAILED' });
    expect((e as PlanVerificationError).message).toBe('Plan verification failed on 1 evaluation: the plan: 1.001193 in GL expected fixed, analysis says blocked.');
  });
});
