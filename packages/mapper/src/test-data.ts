import type { Example } from './types';

/** Tiny seeded LCG for building test corpora (tests only; product code uses rng.ts). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const VOCAB: Record<'deposit' | 'swap' | 'stake', readonly string[]> = {
  deposit: ['deposit', 'supply', 'lend', 'put'],
  swap: ['swap', 'convert', 'trade', 'exchange'],
  stake: ['stake', 'delegate', 'bond', 'lock'],
};
const ASSETS = ['eth', 'usdc', 'dai', 'wbtc', 'link'];
const FILLER = ['please', 'now', 'today', 'for me', 'quickly', ''];

/** Separable toy corpus: each label has its own verbs, shared assets and filler words. */
export function toyCorpus(n: number, seed = 7): Example<'deposit' | 'swap' | 'stake'>[] {
  const r = lcg(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const labels = Object.keys(VOCAB) as ('deposit' | 'swap' | 'stake')[];
  return Array.from({ length: n }, (_, i) => {
    const label = labels[i % labels.length];
    return { label, text: `${pick(FILLER)} ${pick(VOCAB[label])} ${Math.floor(r() * 100)} ${pick(ASSETS)} ${pick(FILLER)}`.trim() };
  });
}

/** Overlapping corpus with 20% label noise: labels share most words, so an unregularised model is overconfident. */
export function noisyCorpus(n: number, seed = 11): Example<'a' | 'b'>[] {
  const r = lcg(seed);
  const words = ['red', 'green', 'blue', 'cyan', 'gold', 'grey', 'pink', 'teal', 'navy', 'lime'];
  return Array.from({ length: n }, () => {
    const label = r() < 0.5 ? 'a' : 'b';
    // Label a prefers the first half of the vocabulary, b the second; 3 words per text.
    const text = Array.from({ length: 3 }, () => {
      const own = r() < 0.7;
      const half = (label === 'a') === own ? 0 : 5;
      return words[half + Math.floor(r() * 5)];
    }).join(' ');
    const noisy = r() < 0.2 ? (label === 'a' ? 'b' : 'a') : label;
    return { label: noisy, text };
  });
}
