import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { applyLocalRule, learnLocalRule, neighbourhoodKey } from './local-rule';

describe('local rules', () => {
  it('keys pack the centre first and mark outside cells as 10', () => {
    const g = gridOf([[3]]);
    expect(neighbourhoodKey(g, 0, 0, 4)).toBe((((3 * 11 + 10) * 11 + 10) * 11 + 10) * 11 + 10);
  });
  it('learns "a cell becomes 1 when its right neighbour is 5" style rules and applies them', () => {
    const a = gridOf([[0, 5, 0, 0]]);
    const b = gridOf([[1, 5, 0, 0]]);
    const rule = learnLocalRule([[a, b]], 4)!;
    expect(gridToJSON(applyLocalRule(a, rule, 4)!)).toEqual([[1, 5, 0, 0]]);
  });
  it('refuses an unseen neighbourhood and a contradiction', () => {
    const rule = learnLocalRule([[gridOf([[0, 5]]), gridOf([[1, 5]])]], 4)!;
    expect(applyLocalRule(gridOf([[0, 6]]), rule, 4)).toBeNull();
    expect(learnLocalRule([[gridOf([[0, 0]]), gridOf([[0, 0]])], [gridOf([[0, 0]]), gridOf([[1, 0]])]], 4)).toBeNull();
  });
});
