import type { WalletPrimitive } from '@micro-lm/adapters-wallet';

// Phrasings the seeded generator draws from. `{n}` is an object noun, `{k}` a number. The generator wrote a
// starting set from the primitive names: replace it with how people really ask for each action.

/** Sentence patterns per primitive. */
export const PATTERNS: Readonly<Record<WalletPrimitive, readonly string[]>> = {
  send_asset: ['send the {n}', 'please send my {n}', 'can you send a {n}', 'i want to send {k} {n}', 'send {n} {k}', 'go ahead and send this {n}'],
  receive_address: ['receive the {n}', 'please receive my {n}', 'can you receive a {n}', 'i want to receive {k} {n}', 'receive {n} {k}', 'go ahead and receive this {n}'],
  check_balance: ['check the {n}', 'please check my {n}', 'can you check a {n}', 'i want to check {k} {n}', 'check {n} {k}', 'go ahead and check this {n}'],
};

/** Object nouns per primitive. */
export const NOUNS: Readonly<Record<WalletPrimitive, readonly string[]>> = {
  send_asset: ['asset', 'assets', 'new asset'],
  receive_address: ['address', 'addresss', 'new address'],
  check_balance: ['balance', 'balances', 'new balance'],
};

/** Prompts that are not requests for any primitive (label `non_exec`). */
export const NEGATIVES: readonly string[] = [
  'hello there',
  'tell me a joke',
  'thanks a lot',
  'what is the weather like today',
  'good morning to you',
  'who won the game last night',
  'how are you doing',
  'what time is it',
  'explain how this works',
  'never mind',
];
