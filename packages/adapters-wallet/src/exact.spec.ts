import { div, gt, over, ratioOf, show } from './exact';

describe('exact ratios', () => {
  it('reads numbers by their shortest decimal form', () => {
    expect(ratioOf(0.1)).toEqual({ num: 1n, den: 10n });
    expect(ratioOf(1250.75)).toEqual({ num: 125075n, den: 100n });
    expect(ratioOf(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(ratioOf(1.5e-7)).toEqual({ num: 15n, den: 10n ** 8n });
    expect(ratioOf(0)).toEqual({ num: 0n, den: 1n });
  });

  it.each([[-1], [NaN], [Infinity], ['1'], [null]])('refuses %p', (x) => {
    expect(ratioOf(x)).toBeNull();
  });

  it('compares at the boundary without float error', () => {
    const r = (x: number) => ratioOf(x) as NonNullable<ReturnType<typeof ratioOf>>;
    // 0.1 + 0.2 !== 0.3 in floats; 0.3 USD at 1 USD/unit is exactly 0.3 units here
    expect(gt(div(r(0.3), r(1)), r(0.3))).toBe(false);
    expect(gt(r(0.30000000000000004), r(0.3))).toBe(true);
    // $100 at 3 USD/unit = 33.33… units: more than 33.33, less than 33.34
    expect(gt(div(r(100), r(3)), r(33.33))).toBe(true);
    expect(gt(div(r(100), r(3)), r(33.34))).toBe(false);
    expect(gt(over(r(5), 2n), r(2.5))).toBe(false);
  });

  it('shows a rounded decimal for the audit', () => {
    expect(show({ num: 100n, den: 3n })).toBe('33.33333333');
    expect(show({ num: 5n, den: 2n })).toBe('2.5');
    expect(show({ num: 0n, den: 1n })).toBe('0');
  });
});
