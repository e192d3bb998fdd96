/** A progress display on stderr; a no-op unless stderr is a terminal (so pipes and logs stay clean). */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A cli-progress bar when stderr is a TTY, else nothing (cli-progress is loaded only then). */
export function createProgress(label: string): Progress {
  if (process.stderr.isTTY !== true) return { update: () => undefined, stop: () => undefined };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: only a terminal needs it
  const cliProgress = require('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {percentage}%`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
