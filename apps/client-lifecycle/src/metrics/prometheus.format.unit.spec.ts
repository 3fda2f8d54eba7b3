import { prometheusText } from './prometheus.format';

describe('Prometheus text format', () => {
  it('writes each sample with its HELP and TYPE lines, ending in a newline', () => {
    expect(
      prometheusText([
        { name: 'client_lifecycle_relay_lag_events', help: 'Events not yet acknowledged by Kafka.', type: 'gauge', value: 3 },
        { name: 'client_lifecycle_relay_published_events_total', help: 'Events acknowledged by Kafka since start.', type: 'counter', value: 120 },
      ]),
    ).toBe(
      '# HELP client_lifecycle_relay_lag_events Events not yet acknowledged by Kafka.\n' +
        '# TYPE client_lifecycle_relay_lag_events gauge\n' +
        'client_lifecycle_relay_lag_events 3\n' +
        '# HELP client_lifecycle_relay_published_events_total Events acknowledged by Kafka since start.\n' +
        '# TYPE client_lifecycle_relay_published_events_total counter\n' +
        'client_lifecycle_relay_published_events_total 120\n',
    );
  });
});
