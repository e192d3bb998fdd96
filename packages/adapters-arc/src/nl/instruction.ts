import { ArcPrimitive } from './primitives';
import {
  CCW, CW, DETERMINERS, FILLER, NAMED_ROTATIONS, Family, GRID_NOUNS, GRID_PRONOUNS, HYPOTHETICAL, isKnown, NEGATIONS, OBJECT_SKIP, ORIENT_H, ORIENT_V, PARTIAL_GRID, PREPOSITIONS,
  QUESTION_START, REPEAT, repairTypo, STATEMENT, UNSUPPORTED_VERBS, VERBS,
} from './lexicon';
import { promptWords, Word } from './words';

/** Abstain reasons the lexical parser can give (DESIGN §3 strings). */
export type ParseAbstain = 'abstain_non_exec' | 'abstain_unsupported' | 'abstain_out_of_domain' | 'abstain_ambiguous';

/** One step mention: which primitive, where its evidence sits (word indices), and how sure the lexicon is. */
export interface Mention {
  readonly primitive: ArcPrimitive;
  /** Indices (into `words`) of the words that carry the evidence. */
  readonly at: readonly number[];
  /** 1 for a verb with explicit arguments; less for typo repairs, elided verbs or repeats. */
  readonly strength: number;
}

/** Lexical parse of a prompt: mentions in text order plus the execution order implied by the order words. */
export type LexicalParse =
  | { readonly kind: 'steps'; readonly words: readonly Word[]; readonly mentions: readonly Mention[]; readonly order: readonly number[] }
  | { readonly kind: 'abstain'; readonly words: readonly Word[]; readonly reason: ParseAbstain; readonly detail: string };

type Connector = 'start' | 'comma' | 'and' | 'then' | 'after' | 'once' | 'before' | 'before_that';

interface Segment {
  readonly connector: Connector;
  readonly idx: number[];
  first: boolean;
}

const STRONG: readonly Connector[] = ['after', 'once', 'before', 'before_that', 'then'];

const VERB_FORMS = (w: string) => VERBS[w];

/** Words as the parser sees them: typo-repaired, with their index. */
function norm(words: readonly Word[]): string[] {
  return words.map((x) => (x.kind === 'word' ? repairTypo(x.w) : x.w));
}

const STEP_START = (w: string) => VERBS[w] !== undefined || ['give', 'do', 'make', 'apply', 'perform'].includes(w);
const ELIDED_START = new Set([...ORIENT_H, ...ORIENT_V, ...CW, ...CCW, 'also', 'then', 'afterwards']);
const PAIR_WORDS = new Set(['right', 'bottom', 'down', 'columns', 'rows', 'column', 'row', 'back', 'forth']);

/** Split into segments at punctuation and order words; connectors are not part of any segment. */
function segment(w: readonly string[]): Segment[] {
  const segs: Segment[] = [];
  let cur: Segment = { connector: 'start', idx: [], first: false };
  const cut = (c: Connector) => {
    if (cur.idx.length > 0) segs.push(cur);
    else if (segs.length > 0 || c !== 'comma') {
      // Two connectors in a row ("and then", ", after"): keep the stronger one.
      const prev = cur.connector;
      if (STRONG.includes(prev) && !STRONG.includes(c)) c = prev;
    }
    cur = { connector: c, idx: [], first: cur.idx.length === 0 ? cur.first : false };
  };
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    const nx = w[i + 1] ?? '';
    if (x === '(' || x === ')' || x === '"' || x === "'") continue;
    if (x === '/') continue; // "left/right", "top/bottom": a pair, not a clause break
    if ([',', ';', '.', '!', ':', '?'].includes(x)) cut('comma');
    else if (x === 'then' || x === 'next' || x === 'finally' || x === 'lastly' || x === 'afterwards' || x === 'afterward' || x === 'subsequently' || x === 'later') cut('then');
    else if (x === 'followed' && nx === 'by') {
      cut('then');
      i++;
    } else if (x === 'after' || x === 'afterwards') {
      // "after that" / "after doing that" continue in order; "after doing a 180" is a subordinate clause.
      const anaphor = ['that', 'this', 'which', 'wards'].includes(nx) || (nx === 'doing' && ['that', 'this', 'so'].includes(w[i + 2] ?? ''));
      if (anaphor) {
        cut('then');
        i += nx === 'doing' ? 2 : 1;
      } else cut('after');
    } else if (x === 'before') {
      const anaphor = ['that', 'this'].includes(nx) || (nx === 'doing' && ['that', 'this', 'so'].includes(w[i + 2] ?? ''));
      if (anaphor) {
        cut('before_that');
        i += nx === 'doing' ? 2 : 1;
      } else cut('before');
    } else if (x === 'once' && (['you', "you've", 'youve', 'we', "we've", 'i', "i've", 'it', "it's", 'its', 'the', 'that', "that's", 'this', 'done', 'finished', 'complete'].includes(nx) || VERBS[nx] !== undefined)) cut('once');
    else if ((x === 'and' || x === 'plus' || x === '&') && cur.idx.length > 0 && (STEP_START(nx) || (ELIDED_START.has(nx) && !PAIR_WORDS.has(nx)) || /^\d/.test(nx))) cut('and');
    else if (x === 'first' || x === 'firstly' || x === 'initially') cur.first = true;
    else if ((x === 'start' || x === 'begin') && (nx === 'by' || nx === 'with')) {
      cur.first = true;
      i++;
    } else cur.idx.push(i);
  }
  if (cur.idx.length > 0) segs.push(cur);
  return segs;
}

type Resolved = { kind: 'step'; primitive: ArcPrimitive; at: number[]; family: Family } | { kind: 'none' } | { kind: 'repeat'; at: number[] } | { kind: 'abstain'; reason: ParseAbstain; detail: string };

const has = (ws: readonly string[], ...xs: string[]) => xs.some((x) => ws.includes(x));

/** Angle in degrees named in a segment (numbers, number words, quarter/half turns), or null. */
function angleOf(ws: readonly string[], words: readonly Word[], idx: readonly number[]): { deg: number; at: number[] } | null {
  const nums: { v: number; i: number }[] = [];
  for (const i of idx) {
    const x = words[i];
    if (x.kind === 'number' && x.value !== null) nums.push({ v: x.value, i });
  }
  if (nums.length === 1) return { deg: nums[0].v, at: [nums[0].i] };
  if (nums.length > 1) return { deg: NaN, at: nums.map((n) => n.i) };
  const s = ws.join(' ');
  const at = (w: string) => idx.filter((i) => repairTypo(words[i].w) === w || words[i].w === w);
  if (/\bthree ?quarters?\b|\bthreequarters?\b/.test(s)) return { deg: 270, at: at('quarter').concat(at('threequarter'), at('threequarters'), at('quarters')) };
  if (/\b(two hundred (and )?seventy|two seventy|twoseventy)\b/.test(s)) return { deg: 270, at: at('seventy').concat(at('twoseventy')) };
  if (/\b((one |a )?hundred (and )?eighty|one eighty|oneeighty)\b/.test(s)) return { deg: 180, at: at('eighty').concat(at('oneeighty')) };
  if (/\bninety\b/.test(s)) return { deg: 90, at: at('ninety') };
  if (/\bforty ?five\b|\bfortyfive\b/.test(s)) return { deg: 45, at: at('forty') };
  if (/\b(thirty|sixty)\b/.test(s)) return { deg: 30, at: [] };
  if (/\bquarter\b|\bquarterturn\b|\bright angle\b/.test(s)) return { deg: 90, at: at('quarter').concat(at('quarterturn')) };
  if (/\bhalf\b|\bhalfturn\b|\bhalfway\b/.test(s)) return { deg: 180, at: at('half').concat(at('halfturn'), at('halfway')) };
  return null;
}

/** Flip orientation from a segment's words: 'h', 'v', 'both' or null. */
function orientationOf(ws: readonly string[], idx: readonly number[]): { o: 'h' | 'v' | 'both' | null; at: number[] } {
  let h = false;
  let v = false;
  const at: number[] = [];
  const axisNear = (k: number) => ws.slice(k + 1, k + 3).some((x) => x === 'axis' || x === 'line' || x === 'midline');
  ws.forEach((x, k) => {
    if (ORIENT_H.has(x)) {
      // "horizontal axis" is the line a top↔bottom mirror reflects across.
      if ((x === 'horizontal' || x === 'horizontally') && axisNear(k)) v = true;
      else h = true;
      at.push(idx[k]);
    } else if (ORIENT_V.has(x)) {
      if ((x === 'vertical' || x === 'vertically') && axisNear(k)) h = true;
      else v = true;
      at.push(idx[k]);
    }
  });
  const s = ws.join(' ');
  if (/\bsidetoside\b/.test(s)) h = true;
  if (/\bleft\b.*\bright\b|\bright\b.*\bleft\b|\beast\b.*\bwest\b|\bwest\b.*\beast\b/.test(s)) h = true;
  if (/\btop\b.*\bbottom\b|\bbottom\b.*\btop\b|\bup\b.*\bdown\b|\bdown\b.*\bup\b|\bnorth\b.*\bsouth\b|\bsouth\b.*\bnorth\b|<\|>/.test(s)) v = true;
  if (h && v) return { o: 'both', at };
  return { o: h ? 'h' : v ? 'v' : null, at };
}

/**
 * "mirror it, left to right": a clause that cannot stand alone (a verb without its orientation or direction) is
 * completed by the verb-less comma clause that follows it, when the two together resolve to a step.
 */
function mergeDanglingArguments(segs: Segment[], w: readonly string[], words: readonly Word[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segs) {
    const prev = out[out.length - 1];
    const verbless = seg.idx.every((i) => VERBS[w[i]] === undefined);
    if (prev !== undefined && seg.connector === 'comma' && verbless && resolve(words, w, prev).kind === 'abstain') {
      const merged: Segment = { connector: prev.connector, idx: [...prev.idx, ...seg.idx], first: prev.first };
      if (resolve(words, w, merged).kind === 'step') {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(seg);
  }
  return out;
}

/** Resolve one segment into a step (or nothing, a repeat marker, or an abstain). */
function resolve(words: readonly Word[], w: readonly string[], seg: Segment): Resolved {
  const idx = seg.idx;
  const ws = idx.map((i) => w[i]);
  const s = ws.join(' ');
  const verbAt = idx.filter((i) => VERB_FORMS(w[i]) !== undefined);
  const families = [...new Set(verbAt.map((i) => VERB_FORMS(w[i]).family))];
  const at = (pred: (x: string) => boolean) => idx.filter((i) => pred(w[i]));

  // Transpose: the word itself, rows ↔ columns, or the main diagonal.
  const antiDiag = /\bantidiagonal\b|\b(anti|other|secondary|minor|opposite) diagonal\b|\bbottom left to top right\b|\btop right to bottom left\b/.test(s);
  if (antiDiag) return { kind: 'abstain', reason: 'abstain_unsupported', detail: 'the anti-diagonal reflection is not a supported primitive' };
  const rowsCols = /\brows?\b.*\b(columns?|cols?)\b|\b(columns?|cols?)\b.*\brows?\b/.test(s) && (families.includes('swap') || /\b(into|become|becomes|becoming|turn|turning|make|making|as|are|be)\b/.test(s));
  const diag = /\b(main |leading |primary )?diagonal\b|\bmaindiagonal\b/.test(s);
  if (families.includes('transpose') || rowsCols || (diag && (families.includes('flip') || families.length === 0))) {
    const a = at((x) => VERBS[x]?.family === 'transpose' || x === 'rows' || x === 'row' || x === 'columns' || x === 'column' || x === 'diagonal');
    return { kind: 'step', primitive: 'transpose', at: a.length ? a : idx.slice(0, 1), family: 'transpose' };
  }

  // "rot90" / "rot180" / "rot270" typed as words name the primitive itself.
  const named = idx.filter((i) => NAMED_ROTATIONS[w[i]] !== undefined);
  if (named.length === 1 && families.every((f) => f === 'rotate')) {
    const deg = NAMED_ROTATIONS[w[named[0]]];
    return { kind: 'step', primitive: deg === 90 ? 'rot90' : deg === 180 ? 'rot180' : 'rot270', at: named, family: 'rotate' };
  }
  if (named.length > 1) return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'several rotations named in one clause' };
  // Mechanical descriptions without a flip verb: "write each row backwards", "make the top row the bottom row".
  if (families.length === 0 || families.every((f) => f !== 'rotate')) {
    const rowsW = /\brows?\b/.test(s);
    const colsW = /\b(columns?|cols?)\b/.test(s);
    const rowAt = at((x) => x === 'row' || x === 'rows' || x === 'column' || x === 'columns' || x === 'backwards' || x === 'backward');
    if (/\bbackwards?\b/.test(s) && rowsW !== colsW) return { kind: 'step', primitive: rowsW ? 'flip_h' : 'flip_v', at: rowAt, family: 'flip' };
    if (rowsW && !colsW && /\b(top|first)\b.*\b(bottom|last)\b|\b(bottom|last)\b.*\b(top|first)\b/.test(s)) return { kind: 'step', primitive: 'flip_v', at: rowAt, family: 'flip' };
    if (colsW && !rowsW && /\b(left|first)\b.*\b(right|last)\b|\b(right|last)\b.*\b(left|first)\b/.test(s)) return { kind: 'step', primitive: 'flip_h', at: rowAt, family: 'flip' };
  }

  let family: Family | null = families.length > 0 ? families[0] : null;
  if (families.length > 1) {
    // "turn it over / flip" style doubles: a rotation verb used with flip words is a flip ("turn it upside down" is not).
    if (families.includes('swap')) family = 'swap';
    else return { kind: 'abstain', reason: 'abstain_ambiguous', detail: `one clause names several operations: ${families.join(', ')}` };
  }
  const orient = orientationOf(ws, idx);
  const angle = angleOf(ws, words, idx);
  const cw = ws.some((x, k) => CW.has(x) && !(x === 'right' && ws[k + 1] === 'angle'));
  const ccw = ws.some((x) => CCW.has(x));
  const dirAt = at((x) => CW.has(x) || CCW.has(x));

  if (family === null) {
    if (has(ws, ...REPEAT) || /\bdo (it|that|the same)\b|\bsame (thing|again)\b|\bonce more\b|\bone more time\b/.test(s)) return { kind: 'repeat', at: idx.slice(0, 1) };
    // No verb (ellipsis "…, then vertically", "do a 180"): an angle or a turning direction means a rotation,
    // an orientation means a flip. The previous verb is not needed, and not trusted across families.
    if (angle !== null || cw || ccw) family = orient.o === null ? 'rotate' : null;
    else if (orient.o !== null) family = 'flip';
    if (family === null && (angle !== null || orient.o !== null)) return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'a clause with both an orientation and a rotation' };
    if (family === null) return { kind: 'none' };
  }

  if (family === 'rotate') {
    if (orient.o !== null && angle === null && !cw && !ccw) {
      return { kind: 'abstain', reason: 'abstain_ambiguous', detail: '"turn it upside down/over" could be a flip or a half turn' };
    }
    if (has(ws, 'twice', 'thrice') || /\b(two|three|2|3) times\b/.test(s)) {
      return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'repeated rotations ("twice") are not spelled out as steps' };
    }
    const a = [...verbAt, ...dirAt, ...(angle?.at ?? [])].sort((x, y) => x - y);
    if (angle !== null && !Number.isFinite(angle.deg)) return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'several angles in one step' };
    const deg = angle === null ? 90 : ((angle.deg % 360) + 360) % 360;
    if (deg === 180) return { kind: 'step', primitive: 'rot180', at: a, family };
    if (deg !== 90 && deg !== 270) return { kind: 'abstain', reason: 'abstain_unsupported', detail: `a ${angle?.deg}° rotation is not supported (90/180/270 only)` };
    if (cw === ccw) return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'a quarter turn needs a direction (clockwise or counter-clockwise)' };
    const clockwiseQuarter = (deg === 90) === cw;
    return { kind: 'step', primitive: clockwiseQuarter ? 'rot90' : 'rot270', at: a, family };
  }

  // Flip / reverse / swap: orientation from words, pairs ("left and right") or the mechanical description.
  let o = orient.o;
  if (family === 'reverse' || family === 'flip' || family === 'swap') {
    const eachRow = /\b(each|every|individual|single)\b.*\brows?\b|\brow by row\b|\brows? individually\b|\bwithin (each|every|the) rows?\b|\bin each row\b/.test(s);
    const eachCol = /\b(each|every|individual|single)\b.*\b(columns?|cols?)\b|\b(columns?|cols?) individually\b|\bwithin (each|every|the) (columns?|cols?)\b/.test(s);
    const rows = /\brows?\b/.test(s);
    const cols = /\b(columns?|cols?)\b/.test(s);
    if (o === null && (rows || cols)) {
      // "reverse each row" mirrors left↔right; "reverse the (order of the) rows" mirrors top↔bottom; columns the other way round.
      if (eachRow && !cols) o = 'h';
      else if (eachCol && !rows) o = 'v';
      else if (rows && !cols) o = 'v';
      else if (cols && !rows) o = 'h';
    }
  }
  if (o === 'both') return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'both a horizontal and a vertical flip in one clause' };
  if (o === null) {
    if (angle !== null || cw || ccw) {
      return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'a flip with a rotation angle or direction' };
    }
    return { kind: 'abstain', reason: 'abstain_ambiguous', detail: 'a flip needs an orientation (horizontal/left↔right or vertical/top↔bottom)' };
  }
  const a = [...verbAt, ...orient.at].sort((x, y) => x - y);
  return { kind: 'step', primitive: o === 'h' ? 'flip_h' : 'flip_v', at: a.length ? a : idx.slice(0, 1), family };
}

/** "the cells in each row": the cells of every row/column are the whole grid, described mechanically. */
function mechanicalCells(w: readonly string[], k: number): boolean {
  return ['cells', 'cell', 'values', 'entries', 'colours', 'colors'].includes(w[k]) && /^(in|of|within|along) (each|every|the|all) (rows?|columns?)/.test(w.slice(k + 1, k + 4).join(' '));
}

/** Prompt-level gates: questions, negations, hypotheticals, statements, unsupported actions, foreign objects. */
function gate(words: readonly Word[], w: readonly string[]): { reason: ParseAbstain; detail: string } | null {
  const all = w.filter((_, i) => words[i].kind !== 'punct');
  if (all.length === 0) return { reason: 'abstain_non_exec', detail: 'empty prompt' };
  // Leading fillers ("ok, next: please …") do not change what kind of sentence follows.
  let lead = 0;
  while (lead < all.length - 1 && ['please', 'pls', 'ok', 'okay', 'so', 'hey', 'next', 'now', 'kindly', 'and', 'then', 'well', 'alright'].includes(all[lead])) lead++;
  const ws = all.slice(lead);
  const first = ws[0];
  const second = ws[1] ?? '';
  const hasQ = w.includes('?');
  const polite = ['can', 'could', 'would', 'will', 'wud', 'cud', 'pls', 'please'].includes(first) && ['you', 'u', 'ya', 'please'].includes(second);
  const WH = ['what', "what's", 'whats', 'why', 'how', 'when', 'where', 'who', 'which'];
  if (!polite && QUESTION_START.has(first) && (hasQ || WH.includes(first))) {
    return { reason: 'abstain_non_exec', detail: 'a question, not an instruction' };
  }
  if (hasQ && ws.slice(0, 3).some((x) => WH.includes(x))) return { reason: 'abstain_non_exec', detail: 'a question, not an instruction' };
  if (['can', 'could', 'may', 'might', 'should', 'must'].includes(first) && ['i', 'we', 'one', 'it', 'this', 'that', 'the'].includes(second)) {
    return { reason: 'abstain_non_exec', detail: 'a question, not an instruction' };
  }
  if (['is', 'are', 'was', 'were'].includes(first) && ['it', 'this', 'that', 'there', 'the'].includes(second)) {
    return { reason: 'abstain_non_exec', detail: 'a question, not an instruction' };
  }
  for (let i = 0; i < ws.length; i++) {
    const x = ws[i];
    if (NEGATIONS.has(x) || x.endsWith("n't")) return { reason: 'abstain_non_exec', detail: `negated ("${x}")` };
    if (HYPOTHETICAL.has(x) || (x === 'what' && ws[i + 1] === 'if')) return { reason: 'abstain_non_exec', detail: `hypothetical ("${x}")` };
    if (x === 'would' && !['you', 'u', 'like', 'love', 'appreciate', 'be'].includes(ws[i + 1] ?? '')) return { reason: 'abstain_non_exec', detail: 'hypothetical ("would")' };
  }
  for (const x of ws) if (UNSUPPORTED_VERBS.has(x)) return { reason: 'abstain_unsupported', detail: `"${x}" is not a supported grid operation` };
  for (let i = 0; i < ws.length; i++) {
    const x = ws[i];
    if (STATEMENT.has(x)) return { reason: 'abstain_non_exec', detail: `a statement, not an instruction ("${x}")` };
    if (i === 0 && (x === 'i' || x === 'we') && ['did', 'do', 'have', 'had', 'love', 'hate', 'think', 'know', 'saw', 'guess'].includes(ws[i + 1] ?? '')) return { reason: 'abstain_non_exec', detail: 'a statement, not an instruction' };
  }
  // The noun phrase after a verb or a preposition must be the grid, a pronoun or a geometry word: its first word
  // that is neither a determiner nor an adjective decides ("rotate the api keys", "at the next junction").
  const PARTICLES = new Set(['around', 'round', 'over', 'about', 'along', 'across', 'through', 'by']);
  const SIDES = new Set(['left', 'right', 'top', 'bottom', 'upper', 'lower', 'middle']);
  const ADJ = new Set(['whole', 'entire', 'full', 'current', 'given', 'input', 'same', 'original', 'little', 'small', 'big', 'new', 'resulting', 'first', 'last', 'previous', 'other', 'next', 'main', 'leading', 'second', 'third']);
  for (let i = 0; i < w.length; i++) {
    const verb = VERBS[w[i]] !== undefined;
    if (!verb && !PREPOSITIONS.has(w[i])) continue;
    let j = i + 1;
    if (verb) while (j < w.length && OBJECT_SKIP.has(w[j])) j++;
    if (j >= w.length || words[j].kind !== 'word' || GRID_PRONOUNS.has(w[j])) continue;
    if (!DETERMINERS.has(w[j])) {
      // No determiner: "rotate quickly" is fine, "flip cells" is a part, "in python" is another world.
      if (PARTIAL_GRID.has(w[j]) && !mechanicalCells(w, j)) return { reason: 'abstain_unsupported', detail: `an operation on part of the grid ("${w[j]}")` };
      // Particles ("halfway around", "flip it over") need no object; true prepositions do ("in python").
      if (!verb && !PARTICLES.has(w[i]) && !isKnown(w[j])) return { reason: 'abstain_out_of_domain', detail: `"${w[i]} ${w[j]}" is not about a grid` };
      continue;
    }
    for (let k = j + 1; k < Math.min(w.length, j + 5) && words[k].kind !== 'punct'; k++) {
      const x = w[k];
      if (words[k].kind === 'number') continue;
      if (mechanicalCells(w, k)) break;
      const axisLine = (x === 'line' || x === 'lines') && ['horizontal', 'vertical', 'diagonal', 'center', 'centre', 'middle', 'mirror'].includes(w[k - 1]);
      if (axisLine) break;
      if (PARTIAL_GRID.has(x) || (x === 'half' && SIDES.has(w[k - 1]))) return { reason: 'abstain_unsupported', detail: `an operation on part of the grid ("${x}")` };
      const nextWord = k + 1 < w.length && words[k + 1].kind === 'word' ? w[k + 1] : null;
      const nounNext = nextWord !== null && (PARTIAL_GRID.has(nextWord) || GRID_NOUNS.has(nextWord) || nextWord === 'half');
      // Adjectives ("the whole grid"), and side words used as adjectives ("the left object", "the top half").
      if ((ADJ.has(x) && nextWord !== null && !FILLER.has(nextWord)) || (SIDES.has(x) && nounNext && nextWord !== 'side' && nextWord !== 'sides')) continue;
      if (!isKnown(x)) return { reason: 'abstain_out_of_domain', detail: `"${w[i]} … ${x}" is not about a grid` };
      break;
    }
  }
  return null;
}

/**
 * Lexical instruction parser: gates, segmentation at order words, per-segment primitive resolution (angle ×
 * direction, axis conventions, mechanical descriptions, ellipsis, repeats) and the execution order implied by the
 * order words. Pure and deterministic; it never guesses: anything unclear becomes an abstain with a reason.
 */
export function parseInstruction(prompt: string): LexicalParse {
  const words = promptWords(prompt);
  const w = norm(words);
  const g = gate(words, w);
  if (g !== null) return { kind: 'abstain', words, ...g };
  const segs = mergeDanglingArguments(segment(w), w, words);
  const mentions: Mention[] = [];
  const segOf: number[] = [];
  for (let s = 0; s < segs.length; s++) {
    const r = resolve(words, w, segs[s]);
    if (r.kind === 'abstain') return { kind: 'abstain', words, reason: r.reason, detail: r.detail };
    if (r.kind === 'none') continue;
    if (r.kind === 'repeat') {
      const prev = mentions[mentions.length - 1];
      if (prev === undefined) return { kind: 'abstain', words, reason: 'abstain_ambiguous', detail: '"again" with no earlier step' };
      mentions.push({ primitive: prev.primitive, at: r.at, strength: 0.8 });
      segOf.push(s);
      continue;
    }
    const typo = r.at.some((i) => words[i].kind === 'word' && w[i] !== words[i].w);
    const elided = segs[s].idx.every((i) => VERBS[w[i]] === undefined);
    mentions.push({ primitive: r.primitive, at: r.at, strength: typo || elided ? 0.8 : 1 });
    segOf.push(s);
  }
  if (mentions.length === 0) return { kind: 'abstain', words, reason: 'abstain_non_exec', detail: 'no grid instruction found' };
  return { kind: 'steps', words, mentions, order: executionOrder(segs, segOf) };
}

/**
 * Execution order from connectors. A clause opened by "after"/"once" runs before the main clause it attaches to,
 * one opened by "before" after it; a leading subordinate attaches to the next main clause, a trailing one to the
 * previous. "before that" puts its clause before the previous group; "first" moves its clause to the front.
 */
function executionOrder(segs: readonly Segment[], segOf: readonly number[]): number[] {
  // Mentions grouped by segment (a segment has at most one mention).
  const mentionOfSeg = new Map<number, number>();
  segOf.forEach((s, m) => mentionOfSeg.set(s, m));
  const live = segs.map((_, s) => s).filter((s) => mentionOfSeg.has(s));
  type Group = { before: number[]; main: number; after: number[]; first: boolean };
  const groups: Group[] = [];
  const pendingLead: number[] = []; // leading "after/once" clauses waiting for their main clause
  const pendingLeadBefore: number[] = [];
  const sub = (c: Connector) => c === 'after' || c === 'once' || c === 'before';
  for (let k = 0; k < live.length; k++) {
    const s = live[k];
    const m = mentionOfSeg.get(s) as number;
    const c = segs[s].connector;
    // A subordinate clause is "leading" when it comes before any main clause, or right after a comma that ends it.
    if (sub(c)) {
      const leading = groups.length === 0 || (k + 1 < live.length && segs[live[k + 1]].connector === 'comma' && k === 0);
      if (leading) (c === 'before' ? pendingLeadBefore : pendingLead).push(m);
      else if (c === 'before') groups[groups.length - 1].after.push(m);
      else groups[groups.length - 1].before.push(m);
      continue;
    }
    const g: Group = { before: [...pendingLead], main: m, after: [...pendingLeadBefore], first: segs[s].first };
    pendingLead.length = 0;
    pendingLeadBefore.length = 0;
    if (c === 'before_that' && groups.length > 0) groups.splice(groups.length - 1, 0, g);
    else groups.push(g);
  }
  // Subordinates with no main clause at all ("after flipping it") run in text order.
  const tail = [...pendingLead, ...pendingLeadBefore];
  const firstIdx = groups.findIndex((g, i) => g.first && i > 0);
  if (firstIdx > 0) groups.unshift(...groups.splice(firstIdx, 1));
  const order = groups.flatMap((g) => [...g.before, g.main, ...g.after]);
  return [...order, ...tail];
}
