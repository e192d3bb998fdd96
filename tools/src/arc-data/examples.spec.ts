import { createRng } from '@micro-lm/ngf-core';
import { parseInstruction } from '@micro-lm/adapters-arc';
import { generateExamples } from './examples';
import { toJsonl } from './generate';

describe('ARC instruction generator', () => {
  it('is a pure function of the seed', () => {
    expect(toJsonl(generateExamples(createRng(5), 200, 't'))).toBe(toJsonl(generateExamples(createRng(5), 200, 't')));
    expect(toJsonl(generateExamples(createRng(5), 50, 't'))).not.toBe(toJsonl(generateExamples(createRng(6), 50, 't')));
  });
  it('has positives, multi-step lines and negatives, no duplicate prompts', () => {
    const xs = generateExamples(createRng(9), 400, 't');
    expect(new Set(xs.map((x) => x.prompt.toLowerCase())).size).toBe(xs.length);
    for (const k of ['single', 'multi', 'negative'] as const) expect(xs.filter((x) => x.kind === k).length).toBeGreaterThan(40);
  });
  it('labels agree with the lexical parser on a fresh seed', () => {
    const xs = generateExamples(createRng(123), 300, 't');
    const agree = xs.filter((x) => {
      const r = parseInstruction(x.prompt);
      const got = r.kind === 'steps' ? r.order.map((i) => r.mentions[i].primitive).join(' ') : 'abstain';
      return got === (x.kind === 'negative' ? 'abstain' : x.sequence.join(' '));
    });
    expect(agree.length / xs.length).toBeGreaterThanOrEqual(0.99);
  });
});
