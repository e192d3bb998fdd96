/**
 * The original parser's null shifts. numpy `default_rng(0).integers(1, T − 1)` drawn 120 times (ngf-spec §0.8);
 * the T = 720 table is copied from the exported fixture (shared/datasets/ngf-seed42/null_shifts_T720.json).
 */

/** The 120 shifts for T = 720 (they sum to 43 829). */
export const NUMPY_SHIFTS_T720: readonly number[] = [
  611, 458, 367, 194, 222, 30, 55, 12, 126, 584, 467, 656, 362, 436, 697, 524, 454, 391, 403, 672,
  200, 586, 482, 2, 283, 616, 398, 25, 550, 524, 608, 127, 65, 620, 16, 389, 58, 216, 346, 304,
  290, 21, 4, 90, 6, 482, 378, 465, 185, 442, 549, 276, 331, 716, 578, 705, 273, 493, 683, 468,
  604, 495, 506, 280, 629, 97, 416, 519, 608, 378, 270, 223, 304, 349, 517, 639, 53, 671, 382, 257,
  484, 411, 183, 232, 517, 427, 363, 243, 547, 282, 236, 640, 190, 164, 513, 448, 35, 61, 271, 598,
  288, 566, 228, 172, 569, 630, 57, 43, 482, 242, 412, 108, 618, 324, 643, 572, 507, 166, 551, 38,
];

/**
 * The original's 120 shifts for any T. Exact for T = 720 (the table). Other T are derived from it: numpy maps a
 * 32-bit draw u to 1 + ⌊u·(T−2)/2³²⌋ (Lemire), so each T = 720 shift pins u to an interval whose midpoint is
 * rescaled. This reproduces numpy's published T = 160 table (135, 101, 81, …, sum 9 688); it can differ by one
 * where an interval straddles a boundary, so only T = 720 is guaranteed exact.
 */
export function parityShifts(T: number): Int32Array {
  const out = new Int32Array(NUMPY_SHIFTS_T720.length);
  if (T === 720) {
    out.set(NUMPY_SHIFTS_T720);
    return out;
  }
  const range = Math.max(1, T - 2);
  for (let i = 0; i < out.length; i++) out[i] = 1 + Math.floor(((NUMPY_SHIFTS_T720[i] - 0.5) / 718) * range);
  return out;
}
