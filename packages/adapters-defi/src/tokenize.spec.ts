import { tokenizeDefi } from './tokenize';

const view = (text: string) => tokenizeDefi(text).map((t) => (t.kind === 'number' ? t.value : t.norm));

describe('tokenizeDefi', () => {
  it.each([
    ['swap 1,250.75 USDC', ['swap', 1250.75, 'usdc']],
    ['stake .5 eth', ['stake', 0.5, 'eth']],
    ['borrow 2k dai and 1.5m usdc', ['borrow', 2000, 'dai', 'and', 1500000, 'usdc']],
    ['deposit 1e3 usdc', ['deposit', 1000, 'usdc']],
    ['stake 2eth', ['stake', 2, 'eth']],
    ['swap via 1inch', ['swap', 'via', '1inch']],
    ["don't swap", ['dont', 'swap']],
    ['claim on ether.fi.', ['claim', 'on', 'ether.fi', '.']],
    ['eth → usdc', ['eth', '->', 'usdc']],
    ['$500 of ETH?', ['$', 500, 'of', 'eth', '?']],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const t = tokenizeDefi('Swap  2 ETH');
    expect(t.map((x) => [x.raw, x.start, x.end])).toEqual([
      ['Swap', 0, 4],
      ['2', 6, 7],
      ['ETH', 8, 11],
    ]);
  });
});
