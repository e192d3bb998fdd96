/** A kind of text in a user prompt that the guard will not treat as a clear user request. */
export type PromptMarker = 'instruction_override' | 'role_override' | 'recipient_address';

// Deterministic, deliberately small patterns. They are a second line of defence: the first is that micro-lm must
// read the same plan from the words as the agent proposes. What they catch:
// - instruction_override: "ignore previous instructions", "disregard all prior rules", "forget your prompt";
// - role_override: "SYSTEM:", "system prompt", "you are now", "developer mode", "new instructions";
// - recipient_address: a hex address (0x + 8 or more hex digits). No primitive sends funds to a third party, so a
//   prompt that names a recipient asks for something no proposal here can faithfully carry out.
const PATTERNS: readonly (readonly [PromptMarker, RegExp])[] = [
  [
    'instruction_override',
    /\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}?\b(?:instructions?|prompts?|rules|guidelines|guardrails?|messages?)\b/i,
  ],
  ['role_override', /(?:^|[\s[(<])system\s*:|\bsystem prompt\b|\byou are now\b|\bdeveloper mode\b|\bnew instructions?\b|\bjailbreak/i],
  ['recipient_address', /\b0x[0-9a-f]{8,}/i],
];

/** The markers found in a prompt, in a fixed order (empty when none). */
export function promptMarkers(prompt: string): readonly PromptMarker[] {
  const found: PromptMarker[] = [];
  for (const [marker, re] of PATTERNS) if (re.test(prompt)) found.push(marker);
  return found;
}
