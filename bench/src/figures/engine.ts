import {
  compileScenario,
  playChoices,
  Scenario,
  scoreTranscript,
  type Transcript,
} from '@rapport/engine';
import { createActor, createMachine } from 'xstate';
import { generateScenario } from '../generate-scenario.js';
import { type Figure, limitFigure, medianPair, medianTime, ratioFigure } from '../measure.js';

const NODES = 300;

/** Events per second through a machine: walks from start to end again and again for about `ms`. */
function eventsPerSecond(
  start: () => { send: (optionIndex: number) => boolean; stop: () => void },
  ms = 300,
): number {
  let events = 0;
  const began = performance.now();
  while (performance.now() - began < ms) {
    const run = start();
    while (run.send(events)) events++;
    run.stop();
  }
  return events / ((performance.now() - began) / 1000);
}

export async function engineFigures(): Promise<Figure[]> {
  const scenario = Scenario.parse(generateScenario({ nodes: NODES }));
  const machine = compileScenario(scenario);
  // Listening walks every node, so each run sends NODES events.
  const ours = () => {
    const actor = createActor(machine, { input: {} }).start();
    return {
      send: () => {
        if (actor.getSnapshot().status !== 'active') return false;
        actor.send({ type: 'CHOOSE', option: 'reflect' });
        return true;
      },
      stop: () => actor.stop(),
    };
  };
  // The same states and the same number of transitions, with no guards or actions.
  const states: Record<string, object> = {};
  for (let i = 0; i < NODES; i++) {
    const next = i + 1 < NODES ? `s${i + 1}` : 'end';
    states[`s${i}`] = { on: { REFLECT: next, ASK: next, PUSH: next } };
  }
  states.end = { type: 'final' };
  const bare = createMachine({ initial: 's0', states });
  const baseline = () => {
    const actor = createActor(bare).start();
    return {
      send: () => {
        if (actor.getSnapshot().status !== 'active') return false;
        actor.send({ type: 'REFLECT' });
        return true;
      },
      stop: () => actor.stop(),
    };
  };
  const rates = await medianPair(
    () => eventsPerSecond(ours),
    () => eventsPerSecond(baseline),
    { runs: 7, warmup: 1 },
  );

  // A 200-turn transcript: a long conversation, listening all the way.
  const long: Transcript = playChoices(
    Scenario.parse(generateScenario({ nodes: 200 })),
    Array.from({ length: 200 }, () => 'reflect'),
  ).transcript;
  const scoring = await medianTime(
    () => {
      const began = performance.now();
      for (let i = 0; i < 20; i++) scoreTranscript(long);
      return (performance.now() - began) / 20;
    },
    { runs: 9, warmup: 3 },
  );

  return [
    ratioFigure(
      `engine: events per second (compiled machine, ${NODES} nodes)`,
      'events/s',
      Math.round(rates.ours),
      `bare XState machine, ${NODES} states`,
      Math.round(rates.baseline),
      { min: 0.5 },
      rates.ratio,
    ),
    limitFigure(
      `engine: scoring a ${long.turns.length}-turn transcript`,
      'ms',
      round(scoring, 3),
      5,
      '< 5 ms',
    ),
  ];
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
