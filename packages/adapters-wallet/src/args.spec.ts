import { extractArgs } from './args';

describe('extractArgs', () => {
  it('reads the first number, with thousands separators and decimals', () => {
    expect(extractArgs('do it 1,250.5 times then 3').amount).toBe(1250.5);
    expect(extractArgs('make 12 of them').amount).toBe(12);
    expect(extractArgs('no number here').amount).toBeNull();
    expect(extractArgs('version v2 and x3').amount).toBeNull();
  });

  it('prefers a quoted target, else the word after named/called/for/to', () => {
    expect(extractArgs('create one named "alpha beta" for bob')).toEqual({ amount: null, target: 'alpha beta' });
    expect(extractArgs('make a record called gamma')).toEqual({ amount: null, target: 'gamma' });
    expect(extractArgs('send 2 to alice')).toEqual({ amount: 2, target: 'alice' });
    expect(extractArgs('send it to')).toEqual({ amount: null, target: null });
  });
});
