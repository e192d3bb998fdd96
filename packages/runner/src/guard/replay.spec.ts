import * as E from 'fp-ts/Either';
import { guard } from './guard';
import { replayGuardE } from './replay';

const context = { now: 100, prices: { ETH: 2000, USDC: 1 }, oracle: { updated_at: 90 }, account: { balances: { ETH: 2 } } };
const input = { proposed: { primitive: 'swap_asset', args: { amount: 1, amount_kind: 'exact', asset: 'ETH', to_asset: 'USDC' } }, context };

describe('replayGuardE', () => {
  it('confirms an untouched verdict, with and without its input', async () => {
    const v = JSON.parse(JSON.stringify(await guard(input)));
    const bare = await replayGuardE(v);
    expect(E.isRight(bare) && bare.right).toMatchObject({ identical: true, hashValid: true, reran: false, inputMatches: null });
    const full = await replayGuardE(v, input);
    expect(E.isRight(full) && full.right).toMatchObject({ identical: true, hashValid: true, reran: true, inputMatches: true, diff: [] });
  });

  it('catches an edited verdict (block turned into allow) and a different input', async () => {
    const v = await guard({ ...input, proposed: { ...input.proposed, args: { ...input.proposed.args, amount: 3 } } });
    expect(v.decision).toBe('block');
    const forged = { ...v, ok: true, decision: 'allow', reason: 'verified' };
    const r = await replayGuardE(forged);
    expect(E.isRight(r) && r.right).toMatchObject({ identical: false, hashValid: false });
    const other = await replayGuardE(v, input);
    expect(E.isRight(other) && other.right).toMatchObject({ identical: false, hashValid: true, inputMatches: false });
    expect(E.isRight(other) && other.right.diff.map((d) => d.path)).toContain('decision');
  });

  it('is Left for something that is not a guard verdict', async () => {
    expect(E.isLeft(await replayGuardE({ audit: { version: 'micro-lm-audit/1', hash: 'x', input_sha256: 'y' } }))).toBe(true);
    expect(E.isLeft(await replayGuardE(null))).toBe(true);
  });
});
