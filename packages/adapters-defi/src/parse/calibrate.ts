import { analyzePrompt } from '../intent/analyze';
import { buildTraces } from './traces';
import { parserSetup, unitScore } from './detect';
import { channelScores, summarizeBackground, type DefiNull, type Rails } from './null';

/** T at which the null is calibrated (scores are stored in unit-lobe units, so any T can use it). */
export const CALIBRATION_T = 128;

// Only the signal-path settings of a setup are used while calibrating; the null itself is what is being measured.
const NEUTRAL: DefiNull = { stage10: { mean: new Array(8).fill(0), sd: new Array(8).fill(1) }, stage11: { mean: new Array(8).fill(0), sd: new Array(8).fill(1) }, n: 1 };

/**
 * Calibrate the parser null offline: matched-filter scores of every channel over prompts with no action verb
 * (their traces hold only hint words), in units of a verb lobe's score. Deterministic in the order of `texts`.
 */
export function calibrateDefiNull(texts: readonly string[]): DefiNull {
  const rows: Record<Rails, Float64Array[]> = { stage10: [], stage11: [] };
  const setups = { stage10: parserSetup('stage10', CALIBRATION_T, NEUTRAL), stage11: parserSetup('stage11', CALIBRATION_T, NEUTRAL) };
  const units = {
    stage10: unitScore('stage10', CALIBRATION_T, setups.stage10.width, setups.stage10.config),
    stage11: unitScore('stage11', CALIBRATION_T, setups.stage11.width, setups.stage11.config),
  };
  let n = 0;
  for (const text of texts) {
    const a = analyzePrompt(text);
    if (a.cues.some((c) => c.kind !== 'unsupported')) continue;
    n += 1;
    for (const rails of ['stage10', 'stage11'] as const) {
      const traces = buildTraces(a.tokens, a.cues, CALIBRATION_T, setups[rails].width);
      rows[rails].push(channelScores(traces, rails, setups[rails].config).map((s) => s / units[rails]));
    }
  }
  return { stage10: summarizeBackground(rows.stage10), stage11: summarizeBackground(rows.stage11), n };
}
