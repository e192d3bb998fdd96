import { WALLET_PRIMITIVES } from '@micro-lm/adapters-wallet';
import { buildRows, toJsonl } from './generate';
import { NEGATIVES } from './templates';

describe('wallet data generator', () => {
  const rows = buildRows(1, 10);

  it('is seeded: same seed same bytes, another seed other rows', () => {
    expect(toJsonl(buildRows(1, 10))).toBe(toJsonl(rows));
    expect(toJsonl(buildRows(2, 10))).not.toBe(toJsonl(rows));
  });

  it('covers every primitive with distinct texts, plus the negatives', () => {
    for (const p of WALLET_PRIMITIVES) expect(rows.filter((r) => r.label === p).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.label === 'non_exec').length).toBe(NEGATIVES.length);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });
});
