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
});
