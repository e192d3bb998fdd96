import { FNV_OFFSET, fmix32, fnvRange, hashString } from './hash';

describe('hash', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    // FNV-1a("") = 0x811c9dc5, FNV-1a("a") = 0xe40c292c, FNV-1a("foobar") = 0xbf9cf968.
    expect(fnvRange(FNV_OFFSET, '') >>> 0).toBe(0x811c9dc5);
    expect(fnvRange(FNV_OFFSET, 'a') >>> 0).toBe(0xe40c292c);
    expect(fnvRange(FNV_OFFSET, 'foobar') >>> 0).toBe(0xbf9cf968);
  });

  it('fmix32 is the murmur3 finaliser (0 → 0, 1 → 0x514e28b7)', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
  });

  it('is a pure function of the string and hashes ranges like substrings', () => {
    expect(hashString('deposit')).toBe(hashString('deposit'));
    expect(hashString('deposit')).not.toBe(hashString('Deposit'));
    expect(fnvRange(FNV_OFFSET, 'xxdepositxx', 2, 9)).toBe(fnvRange(FNV_OFFSET, 'deposit'));
  });
});
