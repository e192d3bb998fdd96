import { parseInstruction } from './instruction';

/** Execution-order sequence, or the abstain reason. */
const seq = (p: string): string => {
  const r = parseInstruction(p);
  return r.kind === 'steps' ? r.order.map((i) => r.mentions[i].primitive).join(' ') : r.reason;
};

describe('single steps', () => {
  it.each([
    ['flip the grid horizontally', 'flip_h'],
    ['mirror it left to right', 'flip_h'],
    ['reflect it across the vertical axis', 'flip_h'], // axis phrasing: the vertical axis swaps left and right
    ['reflect it across the horizontal axis', 'flip_v'],
    ['flip it upside down', 'flip_v'],
    ['reverse each row', 'flip_h'],
    ['reverse the order of the rows', 'flip_v'],
    ['swap the left and right sides', 'flip_h'],
    ['rotate it 90 degrees clockwise', 'rot90'],
    ['turn it to the right', 'rot90'],
    ['rotate it 270 degrees counterclockwise', 'rot90'], // 270 the other way is a clockwise quarter turn
    ['rotate it 270 degrees clockwise', 'rot270'],
    ['turn it 90° ccw', 'rot270'],
    ['spin it anti-clockwise', 'rot270'],
    ['three quarter turns clockwise', 'rot270'],
    ['rotate it 180 degrees', 'rot180'],
    ['give it a half turn', 'rot180'],
    ['do a 180', 'rot180'],
    ['rot90', 'rot90'],
    ['transpose the matrix', 'transpose'],
    ['swap rows and columns', 'transpose'],
    ['reflect it over the main diagonal', 'transpose'],
  ])('%s → %s', (p, want) => {
    expect(seq(p)).toBe(want);
  });
});

describe('order words', () => {
  it.each([
    ['rotate a quarter turn clockwise, then mirror it left to right', 'rot90 flip_h'],
    ['mirror it left to right, then rotate a quarter turn clockwise', 'flip_h rot90'],
    ['first transpose it, then flip it vertically', 'transpose flip_v'],
    ['flip it vertically followed by transposing it', 'flip_v transpose'],
    ['flip it vertically before transposing it', 'flip_v transpose'],
    ['before transposing it, flip it vertically', 'flip_v transpose'],
    ['transpose it after flipping it vertically', 'flip_v transpose'],
    ['after flipping it vertically, transpose it', 'flip_v transpose'],
    ['transpose it once you have flipped it vertically', 'flip_v transpose'],
    ['rotate it clockwise, but first transpose it', 'transpose rot90'],
    ['rotate it clockwise, but before that flip it vertically', 'flip_v rot90'],
    ['flip it horizontally, rotate it 180, transpose it', 'flip_h rot180 transpose'],
  ])('%s → %s', (p, want) => {
    expect(seq(p)).toBe(want);
  });
});

describe('ellipsis, repeats, typos', () => {
  it('an elided verb keeps the family the words imply', () => {
    expect(seq('flip it horizontally, then vertically')).toBe('flip_h flip_v');
    expect(seq('turn it left, then right')).toBe('rot270 rot90');
  });
  it('"again" repeats the previous step', () => {
    expect(seq('rotate left, then rotate left again')).toBe('rot270 rot270');
    expect(seq('flip it horizontally, then do it again')).toBe('flip_h flip_h');
  });
  it('repairs misspelt cue words but not real short words', () => {
    expect(seq('flp it horizontaly')).toBe('flip_h');
    expect(seq('rotate it clokwise')).toBe('rot90');
    expect(seq('light the room')).toBe('abstain_non_exec');
  });
  it('a verb without its argument in the next comma clause is completed', () => {
    expect(seq('mirror it, left to right')).toBe('flip_h');
  });
});

describe('abstains', () => {
  it.each([
    ['rotate it 90 degrees', 'abstain_ambiguous'], // no direction
    ['turn it upside down', 'abstain_ambiguous'], // flip or half turn?
    ['mirror it', 'abstain_ambiguous'],
    ['rotate it 45 degrees', 'abstain_unsupported'],
    ['reflect along the anti-diagonal', 'abstain_unsupported'],
    ['paint the border green', 'abstain_unsupported'],
    ['flip only the green cells horizontally', 'abstain_unsupported'],
    ['rotate the top half clockwise', 'abstain_unsupported'],
    ['do not flip it horizontally', 'abstain_non_exec'],
    ['what happens if I transpose it?', 'abstain_non_exec'],
    ['can I rotate it clockwise?', 'abstain_non_exec'],
    ['suppose you flip it vertically', 'abstain_non_exec'],
    ['I rotated it clockwise already', 'abstain_non_exec'],
    ['rotate the database credentials', 'abstain_out_of_domain'],
    ['flip the omelette', 'abstain_out_of_domain'],
    ['turn left at the second traffic light', 'abstain_out_of_domain'],
    ['borrow 100 usdc', 'abstain_unsupported'],
    ['hello there', 'abstain_non_exec'],
    ['rotate my cat clockwise', 'abstain_out_of_domain'],
    ['rotate the grid clockwise in photoshop', 'abstain_out_of_domain'],
    ['rotate it 90 degrees clockwise if it is taller than wide', 'abstain_non_exec'],
    ['flip it horizontally? no wait, vertically', 'abstain_non_exec'],
    ['', 'abstain_non_exec'],
  ])('%s → %s', (p, want) => {
    expect(seq(p)).toBe(want);
  });
  it('more phrasings people use', () => {
    expect(seq('flip it on its vertical axis')).toBe('flip_h');
    expect(seq('make it upside down')).toBe('flip_v');
    expect(seq('do a left/right mirror')).toBe('flip_h');
    expect(seq('flip horizontally & vertically')).toBe('flip_h flip_v');
    expect(seq('rotate clockwise 90 then clockwise 90 again')).toBe('rot90 rot90');
    expect(seq('spin it halfway around')).toBe('rot180');
  });
  it('a polite question-form request is still a request', () => {
    expect(seq('could you please rotate the grid 90° clockwise?')).toBe('rot90');
  });
});
