import { editDistance } from './edit-distance';

/** Step families a verb can announce. */
export type Family = 'rotate' | 'flip' | 'reverse' | 'transpose' | 'swap';

/** Verb forms per family; `past` forms alone (no imperative anywhere) read as a statement, not a request. */
export const VERBS: Readonly<Record<string, { readonly family: Family; readonly past: boolean }>> = Object.fromEntries([
  ...['rotate', 'rotating', 'rotates', 'rotation', 'rot', 'rot90', 'rot180', 'rot270', 'turn', 'turning', 'turns', 'spin', 'spinning', 'twist', 'pivot', 'revolve'].map((w) => [w, { family: 'rotate', past: false }]),
  ...['rotated', 'turned', 'spun', 'twisted', 'pivoted', 'revolved'].map((w) => [w, { family: 'rotate', past: true }]),
  ...['flip', 'flipping', 'flips', 'mirror', 'mirroring', 'mirrors', 'reflect', 'reflecting', 'reflects', 'reflection', 'flop', 'invert'].map((w) => [w, { family: 'flip', past: false }]),
  ...['flipped', 'mirrored', 'reflected', 'inverted'].map((w) => [w, { family: 'flip', past: true }]),
  ...['reverse', 'reversing', 'reverses'].map((w) => [w, { family: 'reverse', past: false }]),
  ...['reversed'].map((w) => [w, { family: 'reverse', past: true }]),
  ...['transpose', 'transposing', 'transposes', 'transposition'].map((w) => [w, { family: 'transpose', past: false }]),
  ...['transposed'].map((w) => [w, { family: 'transpose', past: true }]),
  ...['swap', 'swapping', 'switch', 'switching', 'exchange', 'exchanging', 'interchange', 'interchanging', 'trade'].map((w) => [w, { family: 'swap', past: false }]),
  ...['swapped', 'switched', 'exchanged', 'interchanged'].map((w) => [w, { family: 'swap', past: true }]),
] as const);

/** Rotation directions. */
export const CW = new Set(['clockwise', 'cw', 'right', 'rightward', 'rightwards', 'clockwards']);
export const CCW = new Set(['counterclockwise', 'anticlockwise', 'ccw', 'acw', 'left', 'leftward', 'leftwards', 'widdershins', 'counterclock']);

/** Flip orientations. */
export const ORIENT_H = new Set(['horizontal', 'horizontally', 'lr', 'rl', 'leftright', 'sideways', 'sidetoside', 'yaxis', 'h', 'horiz']);
export const ORIENT_V = new Set(['vertical', 'vertically', 'ud', 'du', 'upsidedown', 'topbottom', 'xaxis', 'v', 'vert']);

/** Primitive names typed as words ("rot90"): a rotation with its angle and, by DESIGN §5, clockwise sense. */
export const NAMED_ROTATIONS: Readonly<Record<string, 90 | 180 | 270>> = { rot90: 90, rot180: 180, rot270: 270 };

/** Words that start a question when they open the prompt. */
export const QUESTION_START = new Set([
  'what', "what's", 'whats', 'why', 'how', "how's", 'when', 'where', 'who', 'which', 'whom', 'whose', 'is', 'are', 'does', 'do', 'did', 'was', 'were',
  'should', 'shall', 'has', 'have', "isn't", "doesn't", 'am',
]);

/** Negation words (any of them makes the prompt a non-request). */
export const NEGATIONS = new Set([
  'not', "don't", 'dont', 'never', 'no', 'without', 'stop', 'avoid', 'nor', 'neither', 'cannot', "can't", "won't", "shouldn't", "mustn't",
  "didn't", "doesn't", "isn't", 'refrain', 'skip', 'nope', 'undo',
]);

/** Hypothetical markers. */
export const HYPOTHETICAL = new Set(['if', 'suppose', 'supposing', 'imagine', 'hypothetically', 'pretend', 'assume', 'assuming', 'theoretically', 'whether']);

/** Verbs of grid edits this adapter does not support: a prompt using one as an action abstains as unsupported. */
export const UNSUPPORTED_VERBS = new Set([
  'recolour', 'recolor', 'recolouring', 'recoloring', 'colour', 'color', 'paint', 'count', 'draw', 'delete', 'remove', 'erase', 'fill', 'sort', 'shear', 'skew',
  'crop', 'scale', 'resize', 'zoom', 'tile', 'move', 'shift', 'translate', 'slide', 'extend', 'copy', 'duplicate', 'replace', 'change', 'highlight', 'outline',
  'blur', 'sharpen', 'shrink', 'enlarge', 'stretch', 'add', 'compute', 'calculate', 'describe', 'explain', 'tell', 'print', 'solve', 'find', 'detect',
  'identify', 'list', 'shuffle', 'randomize', 'randomise', 'clear', 'grow', 'expand', 'compress', 'shade', 'cut', 'paste', 'insert', 'append', 'sum',
  'multiply', 'divide', 'subtract', 'gravity', 'drop', 'fall', 'flood', 'trace', 'connect', 'join', 'merge', 'split', 'group', 'label', 'classify',
  'predict', 'guess', 'generate', 'create', 'render', 'save', 'export', 'load', 'open', 'upload', 'download', 'send', 'deposit', 'withdraw', 'borrow',
  'repay', 'stake', 'unstake', 'claim', 'bridge', 'mint', 'vote', 'approve', 'buy', 'sell', 'pay', 'transfer',
]);

/** Nouns that name the whole grid (a step's object must be one of these, a pronoun, or a geometry word). */
export const GRID_NOUNS = new Set([
  'grid', 'grids', 'image', 'images', 'picture', 'pic', 'board', 'matrix', 'array', 'pattern', 'canvas', 'input', 'output', 'thing', 'everything',
  'puzzle', 'layout', 'result', 'drawing', 'figure', 'design', 'table', 'whole', 'entire', 'lot', 'arrangement', 'map', 'bitmap', 'frame',
  'rows', 'columns', 'row', 'column', 'order', 'left', 'right', 'top', 'bottom', 'sides', 'side', 'contents', 'content', 'diagonal', 'one', 'same',
  'quarter', 'half', 'turn', 'full', 'current', 'given', 'original', 'new', 'resulting', 'previous', 'last', 'first', 'axis', 'other', 'main',
  'leading', 'primary', 'direction', 'way', 'degrees', 'degree', 'me', 'us', 'you', 'now', 'once', 'again', 'place', 'clockwise', 'orientation',
]);

/** Words that report something already done (a statement, not a request). */
export const STATEMENT = new Set(['already', 'yesterday', 'earlier', 'mentioned', 'previously', 'ago', 'looks', 'seems', 'was', 'were']);

/** Prepositions whose object must also be a grid/geometry word ("at the next junction" is not). */
export const PREPOSITIONS = new Set(['at', 'on', 'in', 'into', 'onto', 'to', 'from', 'with', 'for', 'of', 'over', 'across', 'along', 'around', 'about', 'through', 'by', 'under', 'against', 'inside']);

/** Words that name part of a grid (a step on a part is not supported). */
export const PARTIAL_GRID = new Set([
  'cell', 'cells', 'pixel', 'pixels', 'object', 'objects', 'shape', 'shapes', 'square', 'squares', 'region', 'regions', 'part', 'corner', 'corners',
  'border', 'line', 'lines', 'dot', 'dots', 'blob', 'blobs', 'piece', 'pieces', 'block', 'blocks', 'red', 'blue', 'green', 'yellow', 'black', 'white',
  'grey', 'gray', 'orange', 'purple', 'pink', 'brown', 'cyan', 'magenta', 'maroon', 'colours', 'colors', 'biggest', 'largest', 'smallest',
  'inner', 'outer', 'edge', 'edges',
]);

/** Determiners and possessives that open a noun phrase after a verb. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'these', 'those', 'some', 'all', 'this', 'that', 'its']);

/** Pronouns that refer to the grid. */
export const GRID_PRONOUNS = new Set(['it', 'this', 'that', 'them', 'everything', "it's", 'itself']);

/** Repeat markers ("do it again", "repeat that", "once more"). */
export const REPEAT = new Set(['again', 'repeat', 'redo']);

/** Filler words allowed between a verb and its object without changing meaning. */
export const OBJECT_SKIP = new Set(['it', 'this', 'that', 'them', 'everything', 'me', 'us', 'please', 'pls', 'plz', 'over', 'around', 'round', 'up', 'about', 'only', 'just']);

// Lexicon used for typo repair: the words whose misspellings we still understand.
const FUZZY_TARGETS = [
  ...Object.keys(VERBS).filter((w) => w.length >= 5),
  'clockwise', 'counterclockwise', 'anticlockwise', 'horizontal', 'horizontally', 'vertical', 'vertically', 'upsidedown', 'degrees', 'diagonal',
  'columns', 'column', 'quarter', 'ninety', 'eighty', 'seventy', 'hundred', 'sideways', 'afterwards', 'followed', 'finally', 'before', 'after',
  'mirror', 'rotate', 'transpose', 'reverse', 'reflect', 'become', 'becomes', 'picture', 'matrix', 'pattern', 'entire', 'board', 'image', 'whole',
  'thing', 'everything', 'result', 'direction', 'diagonal', 'bottom', 'right', 'three', 'quarters', 'degree', 'repeat', 'again', 'rotating',
  'flipping', 'mirroring', 'reflecting', 'reversing', 'transposing', 'exchanging', 'swapping', 'turning', 'spinning', 'doing', 'giving', 'making',
  'backwards', 'upside', 'counter', 'anti', 'please', 'result', 'entire', 'before', 'ninety', 'bottom', 'thanks', 'across', 'through', 'along', 'around', 'oneeighty', 'twoseventy', 'antidiagonal', 'halfway', 'middle', 'center', 'centre',
];

/** Harmless chat filler ("asap", "thx", "real quick") that may follow an instruction. */
export const FILLER = new Set([
  'asap', 'ty', 'thx', 'thanks', 'thank', 'real', 'quick', 'quickly', 'cheers', 'pls', 'plz', 'please', 'lol', 'ok', 'okay', 'mate', 'buddy', 'pal',
  'bro', 'dude', 'now', 'away', 'sir', 'sorry', 'u', 'ya', 'yo', 'hey', 'hi', "let's", 'lets', 'just', 'kindly', 'me', 'right', 'then', 'again',
  'too', 'also', 'as', 'well', 'much', 'lot', 'so', 'on', 'and', 'done', 'go', 'ahead', 'do', 'that', 'k', 'kk', 'yep', 'yeah', 'great', 'nice',
  'awesome', 'thankyou', 'appreciated', 'please!', 'promptly', 'immediately', 'next', 'after', 'once', 'more', 'time', 'one', 'soon', 'possible',
]);

const KNOWN = new Set<string>([
  ...Object.keys(VERBS), ...CW, ...CCW, ...ORIENT_H, ...ORIENT_V, ...QUESTION_START, ...NEGATIONS, ...HYPOTHETICAL, ...UNSUPPORTED_VERBS,
  ...GRID_NOUNS, ...PARTIAL_GRID, ...DETERMINERS, ...GRID_PRONOUNS, ...REPEAT, ...OBJECT_SKIP, ...FUZZY_TARGETS, ...FILLER,
  'then', 'and', 'the', 'by', 'to', 'degrees', 'degree', 'deg', 'times', 'twice', 'once', 'first', 'second', 'third', 'next', 'also',
  'rows', 'row', 'each', 'every', 'into', 'become', 'becomes', 'make', 'over', 'across', 'along', 'about', 'around', 'on', 'in', 'of', 'for',
  'please', 'thanks', 'thank', 'you', 'could', 'would', 'can', 'will', 'kindly', 'now', 'just', 'quickly', 'go', 'ahead', 'then', 'with', 'from',
  'order', 'rotate', 'rotation', 'right', 'left', 'more', 'time', 'was', 'were', ...STATEMENT, ...PREPOSITIONS, 'so', 'swap', 'side', 'sides', 'top', 'bottom',
  'up', 'down', 'a', 'an', 'as', 'is', 'are', 'be', 'i', 'we', "i'd", 'want', 'like', 'need', 'ok', 'okay', 'hey', 'go', 'do', 'done', 'give', 'get',
  'cells', 'cell', 'individually', 'its', 'east', 'west', 'north', 'south', 'angle', 'ninety', 'eighty', 'seventy', 'hundred', 'one', 'two', 'three',
  'quarter', 'quarters', 'half', 'turns', 'times', 'step', 'steps', 'finally', 'lastly', 'followed', 'start', 'begin', 'make', 'making', 'mate', 'pal',
  'doing', 'giving', 'apply', 'applying', 'backwards', 'backward', 'write', 'read', 'writing', 'reading', 'edge', 'perform', 'performing', 'but', 'afterwards', 'afterward', 'more', 'too', 'well', 'sure', 'your', 'my', 'our',
]);

/** True when the word is part of the instruction vocabulary (possibly after typo repair). */
export function isKnown(w: string): boolean {
  return KNOWN.has(w) || KNOWN.has(repairTypo(w));
}

/** Common short misspellings that edit distance cannot safely repair (too short). */
const ALIASES: Readonly<Record<string, string>> = { flp: 'flip', fip: 'flip', filp: 'flip', fllip: 'flip', rotae: 'rotate', roate: 'rotate', rotat: 'rotate', trnspose: 'transpose', horiz: 'horizontally', vert: 'vertically', horz: 'horizontally', mirorr: 'mirror', miror: 'mirror', clockwize: 'clockwise', anticlock: 'anticlockwise', cc: 'ccw' };

const fuzzyCache = new Map<string, string>();

/** Coarse meaning class of a lexicon word, used to accept typo ties between synonyms. */
function meaningOf(t: string): string {
  if (VERBS[t] !== undefined) return `verb:${VERBS[t].family}`;
  if (ORIENT_H.has(t)) return 'h';
  if (ORIENT_V.has(t)) return 'v';
  if (CW.has(t)) return 'cw';
  if (CCW.has(t)) return 'ccw';
  return t.replace(/s$/, '');
}

/**
 * Repair a misspelt lexicon word ("horizontaly" → "horizontally", "clokwise" → "clockwise"). Only words of 6+
 * letters that are not themselves known are repaired, to a unique lexicon word within edit distance 1 (2 for 8+
 * letters); otherwise the word is returned unchanged.
 */
export function repairTypo(w: string): string {
  const alias = ALIASES[w];
  if (alias !== undefined) return alias;
  // Short words are too often real words one edit away from a cue ("light" → "right"): a five-letter word is
  // only repaired into a longer one (a dropped letter: "botom" → "bottom"), shorter ones only by alias.
  if (w.length < 5 || KNOWN.has(w) || !/^[a-z]+$/.test(w)) return w;
  const hit = fuzzyCache.get(w);
  if (hit !== undefined) return hit;
  const max = w.length >= 8 ? 2 : 1;
  let best = w;
  let bestD = max + 1;
  let tie = false;
  const targets = [...new Set(FUZZY_TARGETS)].filter((t) => Math.abs(t.length - w.length) <= max && (w.length >= 6 || t.length > w.length));
  for (const t of targets) {
    const d = editDistance(w, t, max);
    if (d < bestD) {
      best = t;
      bestD = d;
      tie = false;
    } else if (d === bestD && t !== best) tie = true;
  }
  const out = bestD <= max && !tie ? best : w;
  // Ties between words that mean the same ("horizontal"/"horizontally", "column"/"columns") still repair.
  if (bestD <= max && tie) {
    const tied = targets.filter((t) => editDistance(w, t, max) === bestD);
    const classes = new Set(tied.map(meaningOf));
    if (classes.size === 1) {
      const chosen = tied.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
      fuzzyCache.set(w, chosen);
      return chosen;
    }
  }
  if (fuzzyCache.size > 4096) fuzzyCache.clear();
  fuzzyCache.set(w, out);
  return out;
}
