// Jest's node environment runs tests in a separate VM realm, so `new Float32Array()` in a test is not an
// instance of the Float32Array that native addons (onnxruntime-node) check against. Sharing the outer realm's
// typed-array and buffer constructors makes the real transformers.js pipeline work under jest.
const { TestEnvironment } = require('jest-environment-node');

class NativeArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of [
      'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
      'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Uint8ClampedArray',
    ]) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = NativeArraysEnvironment;
