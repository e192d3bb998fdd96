import { z } from 'zod';

/** Any JSON object (contexts, policies, results). */
export const jsonObject = z.record(z.string(), z.unknown());

/** A non-empty natural-language instruction. */
export const promptText = z
  .string()
  .max(65_536)
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** An ARC grid: 1-30 rows of 1-30 integer colours 0-9, all rows the same length. */
export const arcGrid = z
  .array(z.array(z.number().int().min(0).max(9)).min(1).max(30))
  .min(1)
  .max(30)
  .refine((rows) => rows.every((r) => r.length === rows[0]?.length), { message: 'all rows must have the same length' })
  .describe('A grid as rows of colour numbers 0-9, e.g. [[0,1],[2,3]] (1-30 rows, 1-30 columns).');
