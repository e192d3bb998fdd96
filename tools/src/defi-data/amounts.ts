import type { Rng } from './rng';

/** A written number and the value it denotes. */
export interface WrittenNumber {
  readonly text: string;
  readonly value: number;
}

/** Rough size of an asset's typical amounts (ETH-like, BTC-like, stable, small-cap token). */
export type Scale = 'eth' | 'btc' | 'stable' | 'token';

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 1..99 ("twenty five" or, with a hyphen, "twenty-five"). */
export function wordsUnder100(n: number, hyphen: boolean): string {
  if (n < 20) return ONES[n];
  const t = TENS[Math.floor(n / 10)];
  const o = n % 10;
  return o === 0 ? t : `${t}${hyphen ? '-' : ' '}${ONES[o]}`;
}

/** Multiplies a plain decimal string by 10^k exactly ("2.3", 3 → "2300"), avoiding float error. */
export function shiftDecimal(dec: string, k: number): string {
  const [int, frac = ''] = dec.split('.');
  const digits = int + frac.padEnd(k, '0');
  const point = int.length + k;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** Groups the integer part with commas ("1250.75" → "1,250.75"). */
export function withCommas(dec: string): string {
  const [int, frac] = dec.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function decimalString(rng: Rng, lo: number, hi: number, places: number): string {
  const v = lo + rng.next() * (hi - lo);
  const fixed = v.toFixed(places);
  const trimmed = places > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '0' ? (places > 0 ? `0.${'0'.repeat(places - 1)}1` : '1') : trimmed;
}

/** A plausible amount for an asset of the given scale, written in one of many forms. */
export function writeNumber(rng: Rng, scale: Scale, allowWords = true): WrittenNumber {
  const r = rng.next();
  if (allowWords && r < 0.08) return writeWords(rng);
  if (r < 0.16 && scale !== 'btc') return writeSuffixed(rng, scale);
  let dec: string;
  switch (scale) {
    case 'eth':
      dec = rng.chance(0.45) ? String(rng.range(1, 60)) : decimalString(rng, 0.01, 40, rng.range(1, 3));
      break;
    case 'btc':
      dec = rng.chance(0.3) ? String(rng.range(1, 5)) : decimalString(rng, 0.001, 3, rng.range(1, 4));
      break;
    case 'stable':
      dec = rng.chance(0.6) ? String(rng.pick([10, 25, 50, 100, 150, 200, 250, 300, 500, 750, 1000, 1500, 2000, 2500, 5000, 10000, 12500, 20000, 50000, 100000])) : decimalString(rng, 5, 60000, rng.range(0, 2));
      break;
    case 'token':
      dec = rng.chance(0.5) ? String(rng.range(1, 5000)) : decimalString(rng, 0.5, 20000, rng.range(0, 2));
      break;
  }
  const value = Number(dec);
  let text = dec;
  if (dec.startsWith('0.') && rng.chance(0.25)) text = dec.slice(1); // ".25"
  else if (value >= 1000 && rng.chance(0.7)) text = withCommas(dec); // "1,250.75"
  return { text, value };
}

function writeSuffixed(rng: Rng, scale: Scale): WrittenNumber {
  if (scale === 'stable' && rng.chance(0.25)) {
    const base = rng.pick(['1', '1.5', '2', '2.5', '3', '5']);
    const m = rng.pick(['m', 'M', 'm']);
    return { text: `${base}${m}`, value: Number(shiftDecimal(base, 6)) };
  }
  const base = scale === 'eth' ? rng.pick(['1', '1.2', '1.5', '2', '2.5', '3', '5', '10']) : rng.pick(['1', '1.5', '2', '2.5', '3', '4', '5', '7.5', '10', '12', '15', '20', '25', '50', '100', '250']);
  const k = rng.pick(['k', 'k', 'K']);
  return { text: `${base}${k}`, value: Number(shiftDecimal(base, 3)) };
}

function writeWords(rng: Rng): WrittenNumber {
  const r = rng.next();
  if (r < 0.7) {
    const n = rng.chance(0.5) ? rng.range(1, 20) : rng.range(21, 99);
    return { text: wordsUnder100(n, rng.chance(0.3)), value: n };
  }
  if (r < 0.85) {
    const h = rng.range(1, 9);
    return { text: h === 1 ? rng.pick(['a hundred', 'one hundred']) : `${ONES[h]} hundred`, value: h * 100 };
  }
  const t = rng.pick([1, 2, 3, 5, 10, 20]);
  const head = t === 1 ? rng.pick(['a', 'one']) : t < 20 ? ONES[t] : TENS[2];
  return { text: `${head} thousand`, value: t * 1000 };
}

/** Scale of an upper-case ticker. */
export function scaleOf(ticker: string): Scale {
  if (['USDC', 'USDT', 'DAI', 'FRAX', 'LUSD', 'GHO', 'USDE', 'SUSDE'].includes(ticker)) return 'stable';
  if (['BTC', 'WBTC'].includes(ticker)) return 'btc';
  if (['ETH', 'WETH', 'STETH', 'WSTETH', 'RETH', 'CBETH', 'WEETH', 'MKR', 'BNB'].includes(ticker)) return 'eth';
  return 'token';
}

/** A USD figure as written after "$" or before "dollars" (value in dollars). */
export function writeUsd(rng: Rng): WrittenNumber {
  if (rng.chance(0.2)) {
    const base = rng.pick(['1', '1.5', '2', '2.5', '5', '10', '25']);
    return { text: `${base}k`, value: Number(shiftDecimal(base, 3)) };
  }
  const dec = rng.chance(0.8) ? String(rng.pick([20, 50, 100, 200, 250, 300, 500, 750, 1000, 1200, 1500, 2000, 2500, 3000, 5000, 10000])) : decimalString(rng, 10, 9000, 2);
  const value = Number(dec);
  return { text: value >= 1000 && rng.chance(0.6) ? withCommas(dec) : dec, value };
}
