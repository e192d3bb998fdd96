/**
 * Phrase banks for the ARC instruction generator. Written from DESIGN §5 conventions; they deliberately do not
 * copy any line of the hand-written dev set.
 */
import type { ArcPrimitive } from '@micro-lm/adapters-arc';

/** A verb phrase for one step: imperative form and gerund form ("flipping it horizontally"). */
export interface StepPhrase {
  readonly imp: string;
  readonly ger: string;
}

const OBJ = ['it', 'the grid', 'the image', 'this', 'the picture', 'the board', 'the whole thing', 'the matrix', 'the pattern', 'everything', 'the entire grid', '',
  'it', 'the input', 'the input grid', 'the array', 'the whole grid', 'this grid', 'that', 'the thing'];

const gerund = (verb: string): string => {
  const irregular: Record<string, string> = { flip: 'flipping', spin: 'spinning', swap: 'swapping', rotate: 'rotating', reverse: 'reversing', transpose: 'transposing', make: 'making', give: 'giving', do: 'doing', turn: 'turning', mirror: 'mirroring', reflect: 'reflecting', rot90: 'applying rot90', rot180: 'applying rot180', rot270: 'applying rot270' };
  return irregular[verb] ?? (verb.endsWith('e') ? `${verb.slice(0, -1)}ing` : `${verb}ing`);
};

/** Build phrases "<verb> <obj> <mod>" for all verbs × mods (objects drawn later). */
function vm(verbs: readonly string[], mods: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const v of verbs) for (const m of mods) out.push([v, m]);
  return out;
}

/** Verb/modifier pairs per primitive; `{o}` marks where the object goes when the phrase is not "verb obj mod". */
export const STEP_BANK: Readonly<Record<ArcPrimitive, readonly [string, string][]>> = {
  flip_h: [
    ...vm(['flip', 'mirror', 'reflect'], ['horizontally', 'left to right', 'right to left', 'left-right', 'left <-> right', 'left ↔ right', 'across the vertical axis', 'along the vertical axis', 'over the y axis', 'sideways', 'side to side', 'so left and right swap', 'lr', 'horizontally (left to right)', 'in the horizontal direction']),
    ['reverse', 'each row'],
    ['reverse', 'every row'],
    ['reverse', 'the cells in each row'],
    ['swap', 'the left and right sides'],
    ['swap', 'left and right'],
    ['reverse', 'the column order'],
    ['reverse', 'the order of the columns'],
    ['write', 'each row backwards'],
    ['read', 'every row backwards'],
    ['flip', 'h'],
    ['do', 'a left/right mirror'],
    ['do', 'a horizontal flip'],
    ['', 'horizontal flip'],
    ['', 'left-right mirror please'],
    ['mirror', 'over a vertical line through the middle'],
  ],
  flip_v: [
    ...vm(['flip', 'mirror', 'reflect'], ['vertically', 'top to bottom', 'bottom to top', 'upside down', 'upside-down', 'across the horizontal axis', 'along the horizontal axis', 'over the x axis', 'ud', 'top-bottom', 'so top and bottom swap', 'vertically (top to bottom)', 'in the vertical direction']),
    ['reverse', 'the order of the rows'],
    ['reverse', 'the row order'],
    ['reverse', 'the rows'],
    ['swap', 'the top and bottom'],
    ['swap', 'top and bottom'],
    ['reverse', 'each column'],
    ['flip', 'v'],
    ['do', 'a top/bottom flip'],
    ['do', 'a vertical mirror'],
    ['', 'vertical flip'],
    ['', 'upside-down flip please'],
    ['reflect', 'over a horizontal line through the centre'],
    ['make', 'the top row the bottom row and so on'],
  ],
  rot90: [
    ...vm(['rotate', 'turn', 'spin'], ['90 degrees clockwise', '90° clockwise', '90 cw', 'clockwise', 'a quarter turn clockwise', 'to the right', 'right', '270 degrees counterclockwise', 'ninety degrees clockwise', '90 degrees to the right', 'by 90 degrees clockwise', 'one quarter turn to the right', '270 ccw', 'clockwise by 90 degrees', 'clockwise 90°', 'a quarter turn to the right', '270 degrees anticlockwise', 'clockwise once', '90 degrees in the clockwise direction']),
    ['give', '{o} a quarter turn clockwise|it'],
    ['give', '{o} a clockwise quarter turn|it'],
    ['rot90', ''],
    ['rotate', 'cw'],
    ['turn', 'right once'],
    ['', 'quarter turn clockwise'],
    ['', '90 degree clockwise rotation please'],
    ['rotate', 'right by ninety'],
    ['turn', 'ninety degrees to the right'],
    ['rotate', 'two-seventy counter-clockwise'],
  ],
  rot180: [
    ...vm(['rotate', 'turn', 'spin'], ['180 degrees', '180°', 'a half turn', 'half a turn', 'one hundred eighty degrees', '180 clockwise', '180 counterclockwise', 'by 180', 'by 180 degrees', '180 degrees clockwise', '180 degrees anticlockwise', 'through 180 degrees', 'one eighty']),
    ['give', '{o} a half turn|it'],
    ['do', 'a 180'],
    ['rot180', ''],
    ['spin', 'halfway around'],
    ['turn', 'half way round'],
    ['', 'half-turn rotation please'],
    ['', '180-degree rotation'],
    ['rotate', 'by half a revolution'],
    ['rotate', 'one-eighty'],
    ['turn', 'a hundred and eighty degrees'],
    ['spin', 'a full half turn'],
  ],
  rot270: [
    ...vm(['rotate', 'turn', 'spin'], ['90 degrees counterclockwise', '90 ccw', 'counterclockwise', 'anticlockwise', 'counter-clockwise', 'anti-clockwise', 'to the left', 'left', 'a quarter turn counterclockwise', '270 degrees clockwise', 'three quarter turns clockwise', '90 degrees anti-clockwise', 'ninety degrees to the left', '90° ccw', '270 cw', 'counterclockwise by 90 degrees', 'a quarter turn to the left', '90 degrees to the left', 'two hundred seventy degrees clockwise']),
    ['give', '{o} a quarter turn counterclockwise|it'],
    ['rot270', ''],
    ['rotate', 'ccw'],
    ['turn', 'left once'],
    ['', 'quarter turn counterclockwise'],
    ['', '90 degree anticlockwise rotation please'],
    ['rotate', 'left by ninety'],
    ['turn', 'two hundred and seventy degrees clockwise'],
    ['rotate', 'three quarters of a turn clockwise'],
  ],
  transpose: [
    ['transpose', ''],
    ['transpose', 'along the main diagonal'],
    ['swap', 'rows and columns'],
    ['swap', 'the rows and the columns'],
    ['turn', 'the rows into columns'],
    ['make', 'the rows become the columns'],
    ['reflect', 'across the main diagonal'],
    ['mirror', 'along the diagonal'],
    ['flip', 'over the main diagonal'],
    ['exchange', 'rows with columns'],
    ['reflect', 'over the top-left to bottom-right diagonal'],
    ['make', 'row i become column i'],
    ['', 'transposition please'],
    ['do', 'a transpose'],
    ['turn', 'each row into a column'],
    ['transpose', 'the matrix so rows become columns'],
  ],
};

/** Render a (verb, modifier) with an object; returns imperative and gerund forms. */
export function renderStep(pair: readonly [string, string], obj: string): StepPhrase {
  const [verb, modRaw] = pair;
  // "{o} rest|fixedObj": the object is fixed (e.g. "give it a quarter turn").
  if (modRaw.startsWith('{o} ')) {
    const [rest, fixed] = modRaw.slice(4).split('|');
    const tail = `${fixed} ${rest}`.trim();
    return { imp: `${verb} ${tail}`, ger: `${gerund(verb)} ${tail}` };
  }
  const objectless = (['swap', 'exchange', 'do', 'make', 'write', 'read'].includes(verb) && modRaw.length > 0) || (verb === 'turn' && /rows?\b/.test(modRaw)) || (verb === 'reverse' && modRaw.length > 0) || modRaw.startsWith('it ') || /^rot\d/.test(verb);
  const o = objectless ? '' : obj;
  if (verb === '') return { imp: modRaw, ger: `doing a ${modRaw.replace(/ please$/, '')}` };
  const text = [verb, o, modRaw].filter((s) => s.length > 0).join(' ');
  const ger = [gerund(verb), o, modRaw].filter((s) => s.length > 0).join(' ');
  return { imp: text, ger };
}

/** Objects a step can take. */
export const OBJECTS = OBJ;

/** Polite/terse wrappers around a whole instruction. */
export const PREFIXES = ['', '', '', '', 'please ', 'can you ', 'could you please ', 'now ', 'i want you to ', "i'd like you to ", 'go ahead and ', 'kindly ', 'ok, ', 'next: ',
  'hey, ', 'yo ', 'pls ', 'alright, ', 'would you ', "let's ", 'i need you to ', 'could you ', 'quick one: ', 'ok so ', 'just ', 'now please ', 'okay, now '];
export const SUFFIXES = ['', '', '', '', ' please', ' for me', ', thanks', '.', '!', ' now', ' real quick', ' thx', ' pls', ', cheers', ' for me please', ' ty', ' asap', ' :)'];

/** Negative prompts (label non_exec): not a supported grid instruction. `{s}` = a step phrase, `{g}` = its gerund. */
export const NEGATIVE_TEMPLATES = [
  'what does {g} do?', 'how do i go about {g}?', 'is {g} the same as rotating?', 'can i {s}?', 'what happens if i {s}?', 'why would anyone {s}',
  "don't {s}", 'do not {s}', 'never {s}', 'please do not {s}', 'no need to {s}', 'without {g}, leave it as is',
  'if i {s}, what do i get?', 'imagine we {s}', 'suppose you {s}', 'hypothetically, {s}', 'what if we {s}?',
  'i already did {g} yesterday', 'someone mentioned {g} earlier', 'would {g} change anything?', 'is it possible to {s}?',
];

/** Fixed negatives by kind. */
export const NEGATIVE_FIXED: readonly string[] = [
  // unsupported grid operations
  'recolor every blue cell to green', 'change the 4s into 7s', 'paint the background black', 'count how many objects there are', 'count the red squares',
  'fill the enclosed holes with yellow', 'draw a diagonal line from corner to corner', 'delete the largest shape', 'remove all the gray cells', 'sort the rows by colour',
  'shear the grid to the right', 'skew the image', 'rotate it 45 degrees', 'rotate the grid by 30 degrees clockwise', 'turn it 60 degrees', 'rotate it 120 degrees to the left',
  'flip only the green cells horizontally', 'rotate the top half clockwise', 'mirror the left object vertically', 'rotate the small square 90 degrees clockwise',
  'replace the pink cells with orange', 'highlight the border', 'invert the colours', 'shuffle the rows', 'outline every object in red', 'extend the lines to the edge',
  'connect the two dots', 'duplicate the pattern', 'move everything one cell to the left', 'shift the rows down by one', 'translate the shape up two cells',
  'rotate the grid around its corner by 15 degrees', 'reflect along the anti-diagonal', 'mirror it across the other diagonal',
  // other domains sharing a verb
  'rotate the passwords every month', 'flip the burger now', 'rotate the tyres on my bike', 'spin the prize wheel', 'flip the light switch', 'turn on the lights',
  'reflect on your decisions', 'turn left at the next junction', 'rotate the log files', 'flip a pancake for me', 'mirror my phone screen to the tv',
  'swap the batteries in the remote', 'transpose the song into g major', 'rotate the crops this season', 'flip the vinyl record to side b', 'spin the globe',
  'turn the page', 'reverse the car out of the garage', 'swap 2 eth for usdc', 'deposit 100 usdc into aave', 'borrow 50 dai against my eth', 'stake my sol',
  'withdraw 3 eth from compound', 'claim my rewards', 'flip the table over in anger', 'rotate the staff schedule', 'reverse the charges on my card',
  // questions
  'what is a grid?', 'how does rotation work?', 'why is the grid blue?', 'which way is clockwise?', 'is this grid symmetric?', 'what does flip_h mean?',
  'how many cells are in the grid?', 'explain transposition to me', 'tell me about mirrors',
  // statements, chit-chat, vague, gibberish
  'the grid looks nice', 'i rotated it already', 'this puzzle is hard', 'hello there', 'thanks a lot', 'good morning', 'how are you today', 'nice work',
  'make it look better', 'solve this for me', 'do something interesting', 'fix the grid', 'improve it', 'whatever you think is best', 'surprise me',
  'asdf qwer zxcv', 'lorem ipsum dolor', 'blorp flim flam', 'xkcd 927', 'grid grid grid', 'rotate', 'flip', 'mirror it', 'turn it', 'flip it over',
  'rotate it 90 degrees', 'turn it upside down',
];
