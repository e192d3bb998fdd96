import { traceSetFrom, validateTraceSet } from './trace-set';

describe('validateTraceSet', () => {
  it('accepts a well-formed set and names each failure', () => {
    expect(validateTraceSet(traceSetFrom({ a: [1, 2], b: [3, 4] }))._tag).toBe('Right');
    expect(validateTraceSet({ names: [], T: 2, data: [] })).toEqual({ _tag: 'Left', left: { kind: 'no_channels' } });
    expect(validateTraceSet({ names: ['a'], T: 0, data: [new Float64Array(0)] })).toEqual({ _tag: 'Left', left: { kind: 'bad_length', T: 0 } });
    expect(validateTraceSet({ names: ['a', 'b'], T: 1, data: [new Float64Array(1)] })).toMatchObject({ left: { kind: 'names_mismatch' } });
    expect(validateTraceSet({ names: ['a', 'a'], T: 1, data: [new Float64Array(1), new Float64Array(1)] })).toMatchObject({ left: { kind: 'duplicate_name', name: 'a' } });
    expect(validateTraceSet({ names: ['a'], T: 2, data: [new Float64Array(3)] })).toMatchObject({ left: { kind: 'ragged', channel: 'a', length: 3 } });
    expect(validateTraceSet({ names: ['a'], T: 2, data: [Float64Array.from([0, Infinity])] })).toMatchObject({ left: { kind: 'non_finite', channel: 'a', index: 1 } });
  });
  it('traceSetFrom keeps insertion order', () => {
    expect(traceSetFrom({ z: [1], a: [2] }).names).toEqual(['z', 'a']);
  });
});
