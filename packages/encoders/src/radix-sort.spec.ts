import fc from 'fast-check';
import { radixSortInt32 } from './radix-sort';

describe('radixSortInt32', () => {
  it('sorts like a numeric sort for keys below 2^bits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: (1 << 20) - 1 }), { maxLength: 300 }), (xs) => {
        const keys = Int32Array.from(xs);
        const out = radixSortInt32(keys, new Int32Array(xs.length), xs.length, 20, new Int32Array(256));
        return Array.from(out.subarray(0, xs.length)).join() === [...xs].sort((a, b) => a - b).join();
      }),
      { numRuns: 300 },
    );
  });

  it('only looks at the first n keys', () => {
    const keys = Int32Array.of(5, 3, 9, 1);
    const out = radixSortInt32(keys, new Int32Array(4), 2, 8, new Int32Array(256));
    expect(Array.from(out.subarray(0, 2))).toEqual([3, 5]);
  });
});
