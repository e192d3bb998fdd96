import { z } from 'zod';
import * as E from 'fp-ts/Either';
import { Dec } from '../decimal';
import { fromZod, type VerifierError } from './error';
import { nonNegativeDecimal, unitDecimal } from './number';
import { ticker, tickerMap } from './ticker';
import type { TickerMap } from './context';

/** Policy defaults (DESIGN §4); the extras default to "off", so they change nothing unless set. */
export const DEFAULT_POLICY = Object.freeze({
  ltv_max: 0.75,
  hf_min: 1.0,
  oracle_max_age_sec: 30,
  oracle_max_age_sec_by_asset: Object.freeze({}) as Readonly<Record<string, number | string>>,
  hf_warn: null as number | string | null,
  max_usd_per_tx: null as number | string | null,
  allowed_assets: null as readonly string[] | null,
  allowed_protocols: null as readonly string[] | null,
});

/** The validated policy. */
export interface DefiPolicy {
  readonly ltv_max: Dec;
  readonly hf_min: Dec;
  readonly oracle_max_age_sec: Dec;
  readonly oracle_max_age_sec_by_asset: TickerMap;
  /** HF below this (but not below `hf_min`) adds an `hf_warn` check that passes: a warning, still ok. */
  readonly hf_warn: Dec | null;
  /** Largest USD value one step may move; more blocks with `limit_exceeded`. */
  readonly max_usd_per_tx: Dec | null;
  /** Upper-case tickers a step may touch; null allows all. */
  readonly allowed_assets: ReadonlySet<string> | null;
  /** Lower-case protocol names a step may use; null allows all. A step naming no protocol is then blocked. */
  readonly allowed_protocols: ReadonlySet<string> | null;
}

const protocolName = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => s.length > 0 && s.length <= 64, { message: 'expected a protocol name (1-64 characters)' });

// Loose at the top level on purpose: the same policy object carries mapper/parser settings of other packages.
const policySchema = z
  .object({
    ltv_max: unitDecimal.nullish(),
    hf_min: nonNegativeDecimal.nullish(),
    oracle_max_age_sec: nonNegativeDecimal.nullish(),
    oracle_max_age_sec_by_asset: tickerMap(nonNegativeDecimal).nullish(),
    hf_warn: nonNegativeDecimal.nullish(),
    max_usd_per_tx: nonNegativeDecimal.nullish(),
    allowed_assets: z.array(ticker).nullish(),
    allowed_protocols: z.array(protocolName).nullish(),
  })
  .nullish();

/** Validates a raw policy; undefined/null or absent keys take {@link DEFAULT_POLICY}. */
export function parsePolicy(raw: unknown): E.Either<VerifierError, DefiPolicy> {
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) return E.left(fromZod('policy', parsed.error));
  const p = parsed.data ?? {};
  return E.right({
    ltv_max: p.ltv_max ?? new Dec(DEFAULT_POLICY.ltv_max),
    hf_min: p.hf_min ?? new Dec(DEFAULT_POLICY.hf_min),
    oracle_max_age_sec: p.oracle_max_age_sec ?? new Dec(DEFAULT_POLICY.oracle_max_age_sec),
    oracle_max_age_sec_by_asset: p.oracle_max_age_sec_by_asset ?? new Map(),
    hf_warn: p.hf_warn ?? null,
    max_usd_per_tx: p.max_usd_per_tx ?? null,
    allowed_assets: p.allowed_assets ? new Set(p.allowed_assets) : null,
    allowed_protocols: p.allowed_protocols ? new Set(p.allowed_protocols) : null,
  });
}
