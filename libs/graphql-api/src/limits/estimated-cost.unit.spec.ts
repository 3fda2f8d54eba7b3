import { estimatedCostOf, rememberEstimatedCost } from './estimated-cost';

describe('the cost estimated on the way in', () => {
  it('is found again for the same request, text and operation name', () => {
    const request = {};
    rememberEstimatedCost(request, '{ a }', 'A', 7);

    expect(estimatedCostOf(request, '{ a }', 'A')).toBe(7);
  });

  it('is not taken for another text, another operation or another request: those are estimated afresh', () => {
    const request = {};
    rememberEstimatedCost(request, '{ a }', null, 7);

    expect(estimatedCostOf(request, '{ b }', null)).toBeUndefined();
    expect(estimatedCostOf(request, '{ a }', 'A')).toBeUndefined();
    expect(estimatedCostOf({}, '{ a }', null)).toBeUndefined();
    expect(estimatedCostOf(undefined, '{ a }', null)).toBeUndefined();
  });

  it('treats an absent operation name as none', () => {
    const request = {};
    rememberEstimatedCost(request, '{ a }', null, 7);

    expect(estimatedCostOf(request, '{ a }', undefined)).toBe(7);
  });
});
