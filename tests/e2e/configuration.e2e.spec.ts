import { runAppToExit, temporaryDataDir, removeDataDir } from '../support/app-process';

describe('configuration read at boot', () => {
  it('stops the app with a message naming each bad variable', async () => {
    const dataDir = temporaryDataDir('config');
    try {
      const { code, output } = await runAppToExit({ PORT: 'eighty', EVENT_STORE: 'cassandra', DATA_DIR: dataDir });

      expect(code).toBe(1);
      expect(output).toContain('Invalid configuration');
      expect(output).toContain('PORT="eighty" is not valid: expected an integer from 0 to 65535');
      expect(output).toContain('EVENT_STORE="cassandra" is not valid: expected sqlite');
    } finally {
      removeDataDir(dataDir);
    }
  });
});
