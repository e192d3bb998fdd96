/** Latency histogram bucket upper bounds, in seconds. */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] as const;

function esc(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** In-process Prometheus metrics: decisions by reason, HTTP requests by route and status, request latency. */
export class Metrics {
  private readonly decisions = new Map<string, number>();
  private readonly requests = new Map<string, number>();
  private readonly buckets = new Float64Array(LATENCY_BUCKETS.length);
  private count = 0;
  private sum = 0;

  /** Counts one sidecar result. */
  decision(domain: string, decision: string, reason: string): void {
    const k = `domain="${esc(domain)}",decision="${esc(decision)}",reason="${esc(reason)}"`;
    this.decisions.set(k, (this.decisions.get(k) ?? 0) + 1);
  }

  /** Counts one HTTP request and records its latency. */
  request(route: string, status: number, seconds: number): void {
    const k = `route="${esc(route)}",status="${status}"`;
    this.requests.set(k, (this.requests.get(k) ?? 0) + 1);
    this.count++;
    this.sum += seconds;
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) if (seconds <= LATENCY_BUCKETS[i]) this.buckets[i]++;
  }

  /** Prometheus text exposition format 0.0.4. */
  render(): string {
    const out: string[] = [];
    out.push('# HELP micro_lm_decisions_total Sidecar results by domain, decision and reason.');
    out.push('# TYPE micro_lm_decisions_total counter');
    for (const [k, v] of [...this.decisions].sort()) out.push(`micro_lm_decisions_total{${k}} ${v}`);
    out.push('# HELP micro_lm_http_requests_total HTTP requests by route and status.');
    out.push('# TYPE micro_lm_http_requests_total counter');
    for (const [k, v] of [...this.requests].sort()) out.push(`micro_lm_http_requests_total{${k}} ${v}`);
    out.push('# HELP micro_lm_http_request_duration_seconds HTTP request latency.');
    out.push('# TYPE micro_lm_http_request_duration_seconds histogram');
    LATENCY_BUCKETS.forEach((le, i) => out.push(`micro_lm_http_request_duration_seconds_bucket{le="${le}"} ${this.buckets[i]}`));
    out.push(`micro_lm_http_request_duration_seconds_bucket{le="+Inf"} ${this.count}`);
    out.push(`micro_lm_http_request_duration_seconds_sum ${this.sum}`);
    out.push(`micro_lm_http_request_duration_seconds_count ${this.count}`);
    return out.join('\n') + '\n';
  }
}
