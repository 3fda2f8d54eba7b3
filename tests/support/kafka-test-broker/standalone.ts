/**
 * The test broker in a process of its own, so a benchmark's figure is not charged with the
 * broker's decoding. Prints `listening <host:port>`; answers each `count` line on stdin with
 * the number of records stored per topic, as JSON.
 */
import { createInterface } from 'node:readline';
import { KafkaTestBroker } from './kafka-test-broker';

async function main(): Promise<void> {
  const broker = await KafkaTestBroker.start({ partitions: Number(process.argv[2] ?? 6), autoCreateTopics: false });
  console.log(`listening ${broker.address}`);
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() !== 'count') return;
    console.log(JSON.stringify(Object.fromEntries([...broker.topics.keys()].map((topic) => [topic, broker.recordsOf(topic).length]))));
  });
  lines.on('close', () => void broker.stop().then(() => process.exit(0)));
}

void main();
