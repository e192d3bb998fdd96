import { CCW, CW, repairTypo } from './lexicon';
import { promptWords } from './words';

const ANGLE_WORD: Readonly<Record<number, string>> = { 90: 'ninety', 180: 'oneeighty', 270: 'twoseventy', 360: 'threesixty' };

const CLAUSE_BREAK = new Set(['then', 'after', 'before', 'once', 'and', 'followed', ',', ';', '.', 'next', 'finally']);

/**
 * Angle normalisation: "270 clockwise" means "90 counter-clockwise" (and "three quarter turns left" a quarter turn
 * right). A linear bag-of-words model cannot learn that product of angle and direction, so within each clause a
 * 270° angle is rewritten as 90° with the opposite direction word. Meaning-preserving, like spelling numbers out.
 */
function foldAngles(ws: string[]): string[] {
  const out = [...ws];
  let start = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i < out.length && !CLAUSE_BREAK.has(out[i])) continue;
    const clause = out.slice(start, i);
    const a = clause.findIndex((x) => x === 'twoseventy' || x === 'threequarter' || x === 'threequarters');
    const d = clause.findIndex((x) => CW.has(x) || CCW.has(x));
    const threeQuarter = clause.findIndex((x, k) => x === 'three' && (clause[k + 1] === 'quarter' || clause[k + 1] === 'quarters'));
    if ((a >= 0 || threeQuarter >= 0) && d >= 0) {
      if (a >= 0) out[start + a] = 'ninety';
      if (threeQuarter >= 0) out[start + threeQuarter] = 'one';
      out[start + d] = CW.has(clause[d]) ? 'counterclockwise' : 'clockwise';
    }
    start = i + 1;
  }
  return out;
}

/**
 * The text the mapper sees: lower-case words after typo repair, hyphen/space compounds joined, angles spelt as
 * words (the lexical encoder maps every number to one "<num>" feature, so "rotate 90" and "rotate 180" would
 * otherwise look the same) and 270° folded into 90° the other way round.
 */
export function mapperText(prompt: string): string {
  const ws = promptWords(prompt)
    .map((x) => {
      if (x.kind === 'number') return x.value !== null && ANGLE_WORD[x.value] !== undefined ? ANGLE_WORD[x.value] : 'num';
      if (x.kind === 'punct') return [',', ';', '.', '?', '<->', '<|>'].includes(x.w) ? x.w : '';
      return repairTypo(x.w);
    })
    .filter((s) => s.length > 0);
  return foldAngles(ws)
    .filter((x) => x !== ',' && x !== ';' && x !== '.')
    .join(' ');
}
