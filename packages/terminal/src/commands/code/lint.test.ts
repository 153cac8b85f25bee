import { beforeAll, expect, it } from 'vitest';
import { fixture, PACKAGE_DIR, runCli } from '../../../test/run-cli.js';

beforeAll(() => {
  process.chdir(PACKAGE_DIR);
});

it('rapport check warns, at the option, where the coder confidently reads another move', async () => {
  const result = await runCli('check', fixture('code', 'mis-tagged.yaml'));
  expect(result.code).toBe(0);
  const lint = result.stdout.split('\n').filter((line) => line.includes('is tagged'));
  expect(lint).toHaveLength(1);
  expect(lint[0]).toMatch(
    /^test\/fixtures\/code\/mis-tagged\.yaml:28:15: warning: option "state-figures" is tagged complex-reflection; reads as give-information, 0\.\d\d$/,
  );
});
