import { extractArgs } from './args';

const ADDR = '0x52908400098527886e0f7030069857d2e4169ee7';

describe('extractArgs (wallet)', () => {
  it.each([
    [`send 0.5 ETH to ${ADDR.toUpperCase().replace('0X', '0x')}`, { amount: 0.5, amount_kind: 'exact', asset: 'ETH', recipient: ADDR, chain: null }],
    ['pay bob 20 dai', { amount: 20, amount_kind: 'exact', asset: 'DAI', recipient: 'bob', chain: null }],
    ['send alice 5 usdc on arbitrum', { amount: 5, amount_kind: 'exact', asset: 'USDC', recipient: 'alice', chain: 'arbitrum' }],
    ['transfer $50 of eth to vitalik.eth', { amount: 50, amount_kind: 'usd', asset: 'ETH', recipient: 'vitalik.eth', chain: null }],
    ['send everything to my savings', { amount: null, amount_kind: 'all', asset: null, recipient: 'savings', chain: null }],
    ['send half my usdc to carol', { amount: null, amount_kind: 'half', asset: 'USDC', recipient: 'carol', chain: null }],
    ['send 1,250.75 USDC to dave on mainnet', { amount: 1250.75, amount_kind: 'exact', asset: 'USDC', recipient: 'dave', chain: 'ethereum' }],
    ['tip 2k usdt to erin', { amount: 2000, amount_kind: 'exact', asset: 'USDT', recipient: 'erin', chain: null }],
    ['send 5 to bob', { amount: 5, amount_kind: 'exact', asset: null, recipient: 'bob', chain: null }],
    ['what is my eth balance on base', { amount: null, amount_kind: 'none', asset: 'ETH', recipient: null, chain: 'base' }],
    ["I'd like to send mom 100 usdc", { amount: 100, amount_kind: 'exact', asset: 'USDC', recipient: 'mom', chain: null }],
    ['i need to send 60 usdc to sarah', { amount: 60, amount_kind: 'exact', asset: 'USDC', recipient: 'sarah', chain: null }],
    ['send some eth to bob on eth', { amount: null, amount_kind: 'none', asset: 'ETH', recipient: 'bob', chain: 'ethereum' }],
  ])('%s', (prompt, args) => {
    expect(extractArgs(prompt)).toEqual(args);
  });

  it('does not read digits inside an address as the amount', () => {
    expect(extractArgs(`send usdc to ${ADDR}`)).toMatchObject({ amount: null, amount_kind: 'none', asset: 'USDC', recipient: ADDR });
  });

  it('leaves the recipient null rather than guessing from a filler word or a ticker', () => {
    expect(extractArgs('send 5 usdc to my').recipient).toBeNull();
    expect(extractArgs('send 5 usdc to eth').recipient).toBeNull();
  });
});
