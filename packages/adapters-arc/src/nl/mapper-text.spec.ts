import { mapperText } from './mapper-text';

describe('mapperText', () => {
  it('spells angles as words and repairs typos', () => {
    expect(mapperText('Rotate it 180°, please')).toBe('rotate it oneeighty please');
    expect(mapperText('flip it horizontaly')).toBe('flip it horizontally');
  });
  it('folds 270 into 90 the other way round within a clause', () => {
    expect(mapperText('rotate 270 clockwise')).toBe('rotate ninety counterclockwise');
    expect(mapperText('rotate 270 counter-clockwise')).toBe('rotate ninety clockwise');
    expect(mapperText('rotate 90 clockwise')).toBe('rotate ninety clockwise');
  });
  it('other numbers become one token', () => {
    expect(mapperText('rotate 45 degrees')).toBe('rotate num degrees');
  });
});
