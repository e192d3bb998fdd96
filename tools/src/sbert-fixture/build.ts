/**
 * Builds a tiny BERT-style ONNX feature-extraction model (Gather over an embedding table, plus a token-type table)
 * with a WordPiece tokenizer, in the directory layout transformers.js loads offline:
 *   <dir>/config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx (fp32), onnx/model_quantized.onnx (q8).
 * Deterministic: same inputs → byte-identical files. Run: `pnpm tsx tools/src/sbert-fixture/build.ts [outDir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { onnx } from 'onnx-proto';
import { CONCEPTS, PIECES, SPECIALS } from './vocab';

export const DIM = 32;

/** mulberry32: tiny seeded PRNG, enough for a fixture table. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

function gaussVec(seed: number): Float32Array {
  const r = mulberry32(seed);
  const v = new Float32Array(DIM);
  for (let i = 0; i < DIM; i++) {
    const u = Math.max(r(), 1e-12);
    v[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  }
  return v;
}

/** Vocabulary in id order. */
export function buildVocab(): string[] {
  const words: string[] = [...SPECIALS];
  const seen = new Set(words);
  for (const group of Object.values(CONCEPTS)) for (const w of group) if (!seen.has(w)) { seen.add(w); words.push(w); }
  for (const p of PIECES) if (!seen.has(p)) { seen.add(p); words.push(p); }
  return words;
}

/**
 * Embedding row per word: 0.8 × concept direction + 0.2 × the word's own hashed direction. Specials are zero
 * except [UNK], which (as in a real BERT) has its own direction, so an all-unknown text still has a direction.
 */
export function buildTable(vocab: readonly string[]): Float32Array {
  const concept = new Map<string, string>();
  for (const [c, ws] of Object.entries(CONCEPTS)) for (const w of ws) if (!concept.has(w)) concept.set(w, c);
  const table = new Float32Array(vocab.length * DIM);
  vocab.forEach((w, id) => {
    if (w !== '[UNK]' && (SPECIALS as readonly string[]).includes(w)) return;
    const c = concept.get(w);
    const own = gaussVec(fnv1a('w:' + w));
    const base = c ? gaussVec(fnv1a('c:' + c)) : own;
    for (let i = 0; i < DIM; i++) table[id * DIM + i] = Math.fround(0.8 * base[i] + 0.2 * own[i]);
  });
  return table;
}

function f32Tensor(name: string, dims: number[], data: Float32Array): onnx.ITensorProto {
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: new Uint8Array(data.buffer.slice(0)) };
}

function io(name: string, elemType: number, shape: (string | number)[]): onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  };
}

/** Serialises the graph; `quantized` stores the word table as uint8 with DequantizeLinear (a real q8 layout). */
export function buildModel(table: Float32Array, vocabSize: number, quantized: boolean): Uint8Array {
  const T = onnx.TensorProto.DataType;
  const initializer: onnx.ITensorProto[] = [f32Tensor('type_embeddings', [2, DIM], new Float32Array(2 * DIM))];
  const node: onnx.INodeProto[] = [];
  if (quantized) {
    let lo = Infinity, hi = -Infinity;
    for (const x of table) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
    const scale = Math.fround((hi - lo) / 255);
    const zp = Math.round(-lo / scale);
    const q = new Uint8Array(table.length);
    for (let i = 0; i < table.length; i++) q[i] = Math.max(0, Math.min(255, Math.round(table[i] / scale) + zp));
    initializer.push({ name: 'word_embeddings_q', dims: [vocabSize, DIM], dataType: T.UINT8, rawData: q });
    initializer.push(f32Tensor('word_scale', [], new Float32Array([scale])));
    initializer.push({ name: 'word_zero_point', dims: [], dataType: T.UINT8, rawData: new Uint8Array([zp]) });
    node.push({ opType: 'DequantizeLinear', input: ['word_embeddings_q', 'word_scale', 'word_zero_point'], output: ['word_embeddings'], name: 'dequant' });
  } else {
    initializer.push(f32Tensor('word_embeddings', [vocabSize, DIM], table));
  }
  node.push(
    { opType: 'Gather', input: ['word_embeddings', 'input_ids'], output: ['words'], name: 'gather_words', attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
    { opType: 'Gather', input: ['type_embeddings', 'token_type_ids'], output: ['types'], name: 'gather_types', attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
    { opType: 'Add', input: ['words', 'types'], output: ['summed'], name: 'add_types' },
    // Masked positions output zeros, as padding does in a real encoder after pooling weights them out.
    { opType: 'Cast', input: ['attention_mask'], output: ['mask_f'], name: 'cast_mask', attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: T.FLOAT }] },
    { opType: 'Unsqueeze', input: ['mask_f', 'unsq_axes'], output: ['mask_3d'], name: 'unsqueeze_mask' },
    { opType: 'Mul', input: ['summed', 'mask_3d'], output: ['last_hidden_state'], name: 'apply_mask' },
  );
  initializer.push({ name: 'unsq_axes', dims: [1], dataType: T.INT64, rawData: new Uint8Array(new BigInt64Array([-1n]).buffer) });
  const model: onnx.IModelProto = {
    irVersion: 8,
    producerName: 'micro-lm tiny-sbert fixture',
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny_bert',
      node,
      initializer,
      input: [io('input_ids', T.INT64, ['batch', 'seq']), io('attention_mask', T.INT64, ['batch', 'seq']), io('token_type_ids', T.INT64, ['batch', 'seq'])],
      output: [io('last_hidden_state', T.FLOAT, ['batch', 'seq', DIM])],
    },
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

/** tokenizer.json for a lower-casing BERT WordPiece tokenizer with [CLS] … [SEP]. */
export function buildTokenizerJson(vocab: readonly string[]): string {
  const vocabObj: Record<string, number> = {};
  vocab.forEach((w, i) => { vocabObj[w] = i; });
  const tok = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: vocabObj },
  };
  return JSON.stringify(tok, null, 1) + '\n';
}

/** Writes the whole fixture directory; returns the file list. */
export function buildTinySbert(outDir: string): string[] {
  const vocab = buildVocab();
  const table = buildTable(vocab);
  mkdirSync(join(outDir, 'onnx'), { recursive: true });
  const files: [string, string | Uint8Array][] = [
    ['config.json', JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: DIM, vocab_size: vocab.length, max_position_embeddings: 128, num_attention_heads: 1, num_hidden_layers: 0, type_vocab_size: 2, pad_token_id: 0 }, null, 1) + '\n'],
    ['tokenizer_config.json', JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 128, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]' }, null, 1) + '\n'],
    ['tokenizer.json', buildTokenizerJson(vocab)],
    ['onnx/model.onnx', buildModel(table, vocab.length, false)],
    ['onnx/model_quantized.onnx', buildModel(table, vocab.length, true)],
  ];
  for (const [name, data] of files) writeFileSync(join(outDir, name), data);
  return files.map(([n]) => n);
}

if (require.main === module) {
  const out = resolve(process.argv[2] ?? 'packages/encoders/test-fixtures/tiny-sbert');
  const files = buildTinySbert(out);
  process.stdout.write(`wrote ${files.length} files to ${out}\n`);
}
