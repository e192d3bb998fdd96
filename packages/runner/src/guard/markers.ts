/** A kind of text in a user prompt that the guard will not treat as a clear user request. */
export type PromptMarker = 'instruction_override' | 'role_override' | 'recipient_address';

// Deterministic, deliberately small patterns. They are a second line of defence: the first is that micro-lm must
// read the same plan from the words as the agent proposes. What they catch:
// - instruction_override: "ignore previous instructions", "disregard all prior rules", "forget your prompt",
//   "disregard the above", "ignore everything before this";
// - role_override: a fake turn ("SYSTEM:", "[[system]]", "<|system|>", "Assistant:"), "system prompt",
//   "you are now", "developer mode", "new instructions";
// - recipient_address: a hex address (0x + 8 or more hex digits). No primitive sends funds to a third party, so a
//   prompt that names a recipient asks for something no proposal here can faithfully carry out.
const PATTERNS: readonly (readonly [PromptMarker, RegExp])[] = [
  [
    'instruction_override',
    /\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}?\b(?:instructions?|prompts?|rules|guidelines|guardrails?|messages?)\b|\b(?:ignore|disregard|forget)\b[^.!?\n]{0,20}?\b(?:above|previous|prior|earlier|preceding|before)\b/i,
  ],
  ['role_override', /(?:^|[^a-z])(?:system|assistant|developer)\s*(?::|\]|>|\|)|\bsystem prompt\b|\byou are now\b|\bdeveloper mode\b|\bnew instructions?\b|\bjailbreak/i],
  ['recipient_address', /\b0x[0-9a-f]{8,}/i],
];

// Zero-width and BOM characters hide words from patterns ("ig\u200bnore"); NFKC folds look-alikes ("ＳＹＳＴＥＭ").
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** The markers found in a prompt, in a fixed order (empty when none). */
export function promptMarkers(prompt: string): readonly PromptMarker[] {
  const text = prompt.normalize('NFKC').replace(INVISIBLE, '');
  const found: PromptMarker[] = [];
  for (const [marker, re] of PATTERNS) if (re.test(text)) found.push(marker);
  return found;
}
