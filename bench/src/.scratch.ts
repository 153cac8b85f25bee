import { compileScenario, Scenario } from '@rapport/engine';
import { createActor } from 'xstate';
import { generateScenario } from './generate-scenario.js';

for (const n of [20, 300]) {
  const scenario = Scenario.parse(generateScenario({ nodes: n }));
  const machine = compileScenario(scenario);
  let events = 0;
  const t = performance.now();
  while (performance.now() - t < 1000) {
    const a = createActor(machine, { input: {} }).start();
    while (a.getSnapshot().status === 'active') {
      a.send({ type: 'CHOOSE', option: 'reflect' });
      events++;
    }
    a.stop();
  }
  console.log(n, Math.round(events / ((performance.now() - t) / 1000)));
}
