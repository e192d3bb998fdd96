import { tokenize } from './tokenize';

const view = (s: string) => tokenize(s).map((t) => [t.kind, t.text, t.norm, t.value]);

describe('tokenize', () => {
  it('keeps thousands separators and decimals in one number', () => {
    expect(view('swap 1,250.75 USDC')).toEqual([
      ['word', 'swap', 'swap', null],
      ['number', '1,250.75', '1250.75', 1250.75],
      ['word', 'USDC', 'usdc', null],
    ]);
  });

  it('splits a malformed thousands group instead of guessing', () => {
    expect(view('1,2500')).toEqual([
      ['number', '1', '1', 1],
      ['punct', ',', ',', null],
      ['number', '2500', '2500', 2500],
    ]);
  });

  it('reads $ as a currency token before the amount', () => {
    expect(view('$500 of ETH')).toEqual([
      ['currency', '$', '$', null],
      ['number', '500', '500', 500],
      ['word', 'of', 'of', null],
      ['word', 'ETH', 'eth', null],
    ]);
  });

  it('applies k/m/b multipliers exactly, only when nothing alphanumeric follows', () => {
    expect(view('2k 0.07k 1.5M 3b')).toEqual([
      ['number', '2k', '2000', 2000],
      ['number', '0.07k', '70', 70],
      ['number', '1.5M', '1500000', 1500000],
      ['number', '3b', '3000000000', 3000000000],
    ]);
    expect(view('2kg')).toEqual([
      ['number', '2', '2', 2],
      ['word', 'kg', 'kg', null],
    ]);
  });

  it('splits an amount glued to a ticker and reads a leading-dot decimal', () => {
    expect(view('10eth .5 wstETH')).toEqual([
      ['number', '10', '10', 10],
      ['word', 'eth', 'eth', null],
      ['number', '.5', '0.5', 0.5],
      ['word', 'wstETH', 'wsteth', null],
    ]);
  });

  it('keeps inner apostrophes (straight or curly) in the word and normalises them', () => {
    expect(view("don't I’m")).toEqual([
      ['word', "don't", "don't", null],
      ['word', 'I’m', "i'm", null],
    ]);
  });

  it('keeps letter-first alphanumerics together (versions, tickers)', () => {
    expect(view('aave v3 USDC2')).toEqual([
      ['word', 'aave', 'aave', null],
      ['word', 'v3', 'v3', null],
      ['word', 'USDC2', 'usdc2', null],
    ]);
  });

  it('emits punctuation one character at a time, including astral symbols', () => {
    expect(view('why?! 😀')).toEqual([
      ['word', 'why', 'why', null],
      ['punct', '?', '?', null],
      ['punct', '!', '!', null],
      ['punct', '😀', '😀', null],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = '  Stake  1,000 ETH, now ';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.start)).toEqual([2, 9, 15, 18, 20]);
  });

  it('NFKC-normalises non-ASCII words (fullwidth letters)', () => {
    expect(tokenize('ＳＷＡＰ naïve')[0].norm).toBe('swap');
    expect(tokenize('ＳＷＡＰ naïve')[1].norm).toBe('naïve');
  });

  it('returns no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
