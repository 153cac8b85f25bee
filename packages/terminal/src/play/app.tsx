import type { Scenario, ScenarioProblem, Transcript } from '@rapport/engine';
import { Text, useApp } from 'ink';
import { useState } from 'react';
import type { ResolvedScenario, ScenarioEntry } from '../library/index.js';
import { inert } from './parts/inert.js';
import { PickerScreen } from './picker/index.js';
import { Session } from './session.js';
import type { PlayMode } from './session-machine.js';

/** How the app ended, read by runPlay after Ink exits; left untouched means Ctrl+C. */
export type AppResult = { quit: boolean; problems: readonly ScenarioProblem[] };

export type Props = {
  readonly mode: PlayMode;
  /** The scenario named on the command line; without it the library is shown first. */
  readonly scenario?: Scenario;
  readonly entries?: readonly ScenarioEntry[];
  readonly broken?: number;
  readonly load?: (file: string) => Promise<ResolvedScenario>;
  readonly result: AppResult;
  readonly onFinished?: (transcript: Transcript) => void;
};

export function App({ mode, scenario, entries = [], broken = 0, load, result, onFinished }: Props) {
  const { exit } = useApp();
  const [chosen, setChosen] = useState<Scenario | undefined>(scenario);
  const [loading, setLoading] = useState(false);
  const quit = () => {
    result.quit = true;
    exit();
  };
  if (chosen) {
    return (
      <Session
        scenario={chosen}
        mode={mode}
        onQuit={quit}
        {...(onFinished ? { onFinished } : {})}
      />
    );
  }
  if (loading) return <Text>Loading…</Text>;
  return (
    <PickerScreen
      entries={inert(entries)}
      broken={broken}
      onQuit={quit}
      onPick={(entry) => {
        if (!load) return;
        setLoading(true);
        void load(entry.file).then((loaded) => {
          if (loaded.ok) {
            setLoading(false);
            setChosen(loaded.scenario);
          } else {
            result.problems = loaded.problems;
            quit();
          }
        });
      }}
    />
  );
}
