import { analyzePrompt } from '../intent/analyze';
import { buildTraces } from './traces';
import { parserSetup, unitScore } from './detect';
import { channelScores, summarizeBackground, type DefiNull, type Rails } from './null';

/** T at which the null is calibrated (scores are stored in unit-lobe units, so any T can use it). */
export const CALIBRATION_T = 128;

const PLACEHOLDER: DefiNull = { stage10: { mean: [], sd: [] }, stage11: { mean: [], sd: [] }, n: -1 };

/**
 * Calibrate the parser null offline: matched-filter scores of every channel over prompts with no action verb
 * (their traces hold only hint words), in units of a verb lobe's score. Deterministic in the order of `texts`.
 */
export function calibrateDefiNull(texts: readonly string[]): DefiNull {
  const rows: Record<Rails, Float64Array[]> = { stage10: [], stage11: [] };
  let n = 0;
  for (const text of texts) {
    const a = analyzePrompt(text);
    if (a.cues.some((c) => c.kind !== 'unsupported')) continue;
    n += 1;
    for (const rails of ['stage10', 'stage11'] as const) {
      const setup = parserSetupFor(rails);
      const unit = unitScore(rails, CALIBRATION_T, setup.width, setup.config);
      const traces = buildTraces(a.tokens, a.cues, CALIBRATION_T, setup.width);
      rows[rails].push(channelScores(traces, rails, setup.config).map((s) => s / unit));
    }
  }
  return { stage10: summarizeBackground(rows.stage10), stage11: summarizeBackground(rows.stage11), n };
}

function parserSetupFor(rails: Rails) {
  // Only the signal-path settings are needed here; the null itself is what is being calibrated.
  return parserSetup(rails, CALIBRATION_T, { ...PLACEHOLDER, stage10: { mean: new Array(8).fill(0), sd: new Array(8).fill(1) }, stage11: { mean: new Array(8).fill(0), sd: new Array(8).fill(1) } });
}
