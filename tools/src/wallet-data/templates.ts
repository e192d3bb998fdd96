import type { WalletPrimitive } from '@micro-lm/adapters-wallet';

// Phrasings the seeded generator draws from. Slots: {amt} an amount ("0.5", "1,200", "all my"), {asset} a
// ticker as people type it, {to} a recipient (0x address, ENS name or contact), {chain} a chain name.
// datasets/wallet/dev.jsonl is written by hand with other wordings: it measures generalisation, not recall.

/** Sentence patterns per primitive. */
export const PATTERNS: Readonly<Record<WalletPrimitive, readonly string[]>> = {
  send_asset: [
    'send {amt} {asset} to {to}',
    'send {to} {amt} {asset}',
    'please send {amt} {asset} to {to}',
    'transfer {amt} {asset} to {to}',
    'transfer {amt} {asset} to {to} on {chain}',
    'pay {to} {amt} {asset}',
    'pay {amt} {asset} to {to}',
    'can you send {amt} {asset} to {to}',
    'i want to send {amt} {asset} to {to}',
    'i need to pay {to} {amt} {asset}',
    'wire {amt} {asset} to {to}',
    'tip {to} {amt} {asset}',
    'give {to} {amt} {asset}',
    'move {amt} {asset} to {to}',
    'forward {amt} {asset} to {to}',
    'send {amt} {asset} over to {to} on {chain}',
    'go ahead and send {to} {amt} {asset}',
    'please transfer {amt} of my {asset} to {to}',
    'send {to} some {asset}',
    'make a transfer of {amt} {asset} to {to}',
    'could you pay {to} {amt} {asset} please',
    'send all my {asset} to {to}',
    'send half of my {asset} to {to}',
    'transfer ${usd} of {asset} to {to}',
  ],
  receive_address: [
    'show my receive address',
    'show me my {asset} receive address',
    'what is my wallet address',
    "what's my address on {chain}",
    'give me my receiving address for {asset}',
    'i want to receive {asset}',
    'how can i receive {asset} on {chain}',
    'where do i receive {asset}',
    'display my deposit address for {asset}',
    'show the qr code for my address',
    'get my {chain} address',
    'copy my {asset} address',
    'i need an address to receive {asset}',
    'share my receiving address',
    'generate a receive address for {asset} on {chain}',
    'my address please',
    'which address should people use to pay me in {asset}',
    'show qr to receive {asset}',
  ],
  check_balance: [
    'check my balance',
    'what is my {asset} balance',
    "what's my balance on {chain}",
    'how much {asset} do i have',
    'how much {asset} do i have on {chain}',
    'show my balances',
    'show me my {asset} balance',
    'check my {asset} balance on {chain}',
    'how much is in my wallet',
    'what are my holdings',
    'list my holdings',
    'show my portfolio',
    'how much money do i have',
    'do i have enough {asset}',
    'balance of {asset}',
    'tell me my {asset} balance',
    'what funds do i have',
    'how much {asset} is left in my wallet',
  ],
};

/** Tickers as people type them. */
export const ASSETS: readonly string[] = ['eth', 'ETH', 'usdc', 'USDC', 'usdt', 'dai', 'DAI', 'btc', 'wbtc', 'sol', 'matic', 'arb', 'op', 'link', 'uni'];

/** Amounts as people type them. */
export const AMOUNTS: readonly string[] = ['1', '2', '5', '10', '20', '25', '50', '100', '250', '0.5', '0.25', '0.01', '1.5', '1,000', '2,500.50', '3k', '75'];

/** Recipients: addresses, ENS names, contacts. */
export const RECIPIENTS: readonly string[] = [
  '0x52908400098527886e0f7030069857d2e4169ee7', '0x8617e340b3d01fa5f11f306f4090fd50e238070d', '0xde709f2102306220921060314715629080e2fb77',
  'vitalik.eth', 'alice.eth', 'bob.eth', 'alice', 'bob', 'carol', 'dave', 'mom', 'john', 'sarah', 'my landlord', 'savings',
];

/** Chains as people name them. */
export const CHAINS: readonly string[] = ['ethereum', 'mainnet', 'arbitrum', 'optimism', 'base', 'polygon', 'solana'];

/** Dollar amounts for "$X of ASSET". */
export const USD: readonly string[] = ['20', '50', '100', '500', '1,000'];

/**
 * Prompts that are not wallet requests (label `non_exec`): chit-chat, questions about how things work,
 * statements about the past, hypotheticals, negations, other domains, and actions this wallet does not support.
 */
export const NEGATIVES: readonly string[] = [
  'hello there', 'hi', 'good morning', 'thanks a lot', 'thank you so much', 'tell me a joke', 'how are you doing today',
  'what time is it', 'what is the weather like today', 'who won the game last night', 'never mind', 'ok cool',
  'what is a crypto wallet', 'how does a blockchain work', 'what is ethereum', 'explain gas fees to me',
  'how do i send crypto', 'how long does a transfer take', 'why was my transfer so slow', 'is it safe to share my address',
  'what is an ens name', 'what does usdc stand for', 'is bitcoin a good investment', 'what is the price of eth',
  'i sent 2 eth to bob yesterday', 'bob sent me 50 usdc last week', 'my friend paid me back', 'i already checked my balance',
  'alice received the payment', 'the transfer went through',
  'what would happen if i sent all my eth to a wrong address', 'should i send eth to this contract',
  'if i transfer 5 usdc will the fee be high', 'maybe i will pay bob tomorrow',
  "don't send anything to bob", 'do not transfer my usdc', 'never pay that address', 'i do not want to send eth',
  'swap 1 eth for usdc', 'stake 10 eth', 'bridge 100 usdc to arbitrum', 'borrow 500 dai from aave', 'buy some bitcoin',
  'sell my sol', 'deposit 5 eth into aave', 'withdraw my usdc from compound', 'mint an nft', 'approve the token spend',
  'vote on the proposal', 'book a meeting for tomorrow at 3pm', 'set an alarm for 7am', 'play some music',
  'order a pizza', 'translate this to french', 'remind me to call mom', 'what is on my calendar',
  'asdf qwerty', 'lorem ipsum dolor sit amet', 'send', 'balance',
];
