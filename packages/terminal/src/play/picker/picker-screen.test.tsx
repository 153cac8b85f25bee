import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../../test/keys.js';
import type { ScenarioEntry } from '../../library/index.js';
import { PickerScreen } from './picker-screen.js';

const entries: ScenarioEntry[] = [
  {
    id: 'rollout-resistance',
    title: 'Rollout resistance',
    stakeholder: 'Dana, Planner',
    minutes: 15,
    file: 'a.yaml',
  },
  {
    id: 'shadow-it',
    title: 'Shadow IT',
    stakeholder: 'Lee, Finance lead',
    minutes: 12,
    file: 'b.yaml',
  },
];

describe('PickerScreen', () => {
  it('lists the library with who each conversation is with and how long it takes', () => {
    const { lastFrame } = render(
      <PickerScreen entries={entries} broken={1} onPick={vi.fn()} onQuit={vi.fn()} />,
    );
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Choose a conversation to practise

      › 1. Rollout resistance
           rollout-resistance · with Dana, Planner · about 15 min
        2. Shadow IT
           shadow-it · with Lee, Finance lead · about 12 min

      1 scenario file does not load; \`rapport check scenarios\` says why.

      ↑↓ move · Enter open · 1-2 pick · q quit"
    `);
  });

  it('picks with the arrows and Enter, or a number', async () => {
    const onPick = vi.fn();
    const { stdin } = render(
      <PickerScreen entries={entries} broken={0} onPick={onPick} onQuit={vi.fn()} />,
    );
    await press(stdin, KEYS.down, KEYS.enter, '1', '7');
    expect(onPick.mock.calls.map(([entry]) => entry.id)).toEqual([
      'shadow-it',
      'rollout-resistance',
    ]);
  });

  it('quits on q', async () => {
    const onQuit = vi.fn();
    const { stdin } = render(
      <PickerScreen entries={entries} broken={0} onPick={vi.fn()} onQuit={onQuit} />,
    );
    await press(stdin, 'q');
    expect(onQuit).toHaveBeenCalledOnce();
  });

  it('scrolls a library taller than the screen, keeping the highlighted entry in sight', async () => {
    const many: ScenarioEntry[] = Array.from({ length: 12 }, (_, i) => ({
      id: `scenario-${i + 1}`,
      title: `Scenario ${i + 1}`,
      stakeholder: 'Sam, Lead',
      minutes: 10,
      file: `${i + 1}.yaml`,
    }));
    const { lastFrame, stdin } = render(
      <PickerScreen entries={many} broken={0} onPick={vi.fn()} onQuit={vi.fn()} />,
    );
    // 24 rows: the heading, the key hint and their gaps leave 19 for nine entries and a note.
    expect(lastFrame()?.split('\n').length).toBeLessThan(24);
    expect(lastFrame()).toContain('9.  Scenario 9');
    expect(lastFrame()).not.toContain('Scenario 10');
    expect(lastFrame()).toContain('↓ 3 more');
    await press(stdin, ...Array.from({ length: 9 }, () => KEYS.down));
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Choose a conversation to practise

        ↑ 2 more
        3.  Scenario 3
            scenario-3 · with Sam, Lead · about 10 min
        4.  Scenario 4
            scenario-4 · with Sam, Lead · about 10 min
        5.  Scenario 5
            scenario-5 · with Sam, Lead · about 10 min
        6.  Scenario 6
            scenario-6 · with Sam, Lead · about 10 min
        7.  Scenario 7
            scenario-7 · with Sam, Lead · about 10 min
        8.  Scenario 8
            scenario-8 · with Sam, Lead · about 10 min
        9.  Scenario 9
            scenario-9 · with Sam, Lead · about 10 min
      › 10. Scenario 10
            scenario-10 · with Sam, Lead · about 10 min
        ↓ 2 more

      ↑↓ move · Enter open · 1-9 pick · q quit"
    `);
  });
});
