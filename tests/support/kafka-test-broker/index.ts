export * from './kafka-test-broker';
