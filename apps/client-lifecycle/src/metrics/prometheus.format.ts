export interface MetricSample {
  readonly name: string;
  readonly help: string;
  readonly type: 'gauge' | 'counter';
  readonly value: number;
}

/** The Prometheus text exposition format (version 0.0.4): HELP and TYPE lines, then the sample. */
export const prometheusText = (samples: readonly MetricSample[]): string =>
  samples.map(({ name, help, type, value }) => `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${value}\n`).join('');
