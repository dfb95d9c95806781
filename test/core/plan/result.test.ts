import { fail, PlanError, unwrap } from '../../../core/plan/result';

describe('plan results', () => {
  it('unwraps ok values and throws PlanError with the code otherwise', () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    expect(() => unwrap(fail('PLAN_ZERO_WEIGHTS'))).toThrow(new PlanError('PLAN_ZERO_WEIGHTS'));
    expect(fail('PLAN_NEGATIVE_WEIGHT', 2)).toEqual({ ok: false, code: 'PLAN_NEGATIVE_WEIGHT', index: 2 });
  });
});
