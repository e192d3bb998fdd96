import { canonicalPrimitive, DEFI_LABELS, DEFI_PRIMITIVES, isDefiPrimitive, primitiveIndex } from './labels';

describe('labels', () => {
  it('has the eight DESIGN primitives in channel order, plus the two mapper-only labels', () => {
    expect(DEFI_PRIMITIVES).toEqual(['deposit_asset', 'withdraw_asset', 'borrow_asset', 'repay_asset', 'swap_asset', 'stake_asset', 'unstake_asset', 'claim_rewards']);
    expect(DEFI_LABELS.slice(8)).toEqual(['non_exec', 'unsupported']);
    expect(primitiveIndex('claim_rewards')).toBe(7);
  });

  it('maps the original code\'s spellings to one label and nothing else', () => {
    expect(canonicalPrimitive('swap_assets')).toBe('swap_asset');
    expect(canonicalPrimitive('repay_debt')).toBe('repay_asset');
    expect(canonicalPrimitive('claim_rewards_asset')).toBe('claim_rewards');
    expect(canonicalPrimitive(' Deposit ')).toBe('deposit_asset');
    expect(canonicalPrimitive('transfer_asset')).toBeNull();
    expect(canonicalPrimitive('constructor')).toBeNull();
    expect(isDefiPrimitive('swap_asset')).toBe(true);
    expect(isDefiPrimitive('non_exec')).toBe(false);
    expect(isDefiPrimitive(3)).toBe(false);
  });
});
