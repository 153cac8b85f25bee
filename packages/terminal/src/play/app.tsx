import type { Scenario, ScenarioProblem } from '@rapport/engine';
import { Text, useApp, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ResolvedScenario, ScenarioEntry } from '../library/index.js';
import { BriefingScreen } from './briefing/index.js';
import { loadedSession, loadSession } from './load-session.js';
import { inert } from './parts/inert.js';
import { PickerScreen } from './picker/index.js';
import type { FinishedHandler } from './session.js';
import type { PlayMode, SessionEvent } from './session-machine.js';

/** How the app ended, read by runPlay after Ink exits; left untouched means Ctrl+C. */
export type AppResult = {
  quit: boolean;
  problems: readonly ScenarioProblem[];
  /** The learner quit in the middle of a conversation: its title, and the turns played. */
  midway?: { readonly title: string; readonly turns: number };
};

export type Props = {
  readonly mode: PlayMode;
  /** The scenario named on the command line; without it the library is shown first. */
  readonly scenario?: Scenario;
  readonly entries?: readonly ScenarioEntry[];
  readonly broken?: number;
  readonly load?: (file: string) => Promise<ResolvedScenario>;
  readonly result: AppResult;
  readonly onFinished?: FinishedHandler;
  /** The seed the options' order is drawn from (`--seed`); a fresh one per scenario without it. */
  readonly seed?: number;
  /** Own-words play (`--own-words`); w on the briefing turns it on and off. */
  readonly words?: boolean;
};

export function App({
  mode,
  scenario,
  entries = [],
  broken = 0,
  load,
  result,
  onFinished,
  seed,
  words: wordsAsked = false,
}: Props) {
  const [words, setWords] = useState(wordsAsked);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [chosen, setChosen] = useState<Scenario | undefined>(scenario);
  const [loading, setLoading] = useState(false);
  // The briefing is drawn here, without the session (and the engine it brings), which loads
  // meanwhile: the briefing needs only the scenario, and the learner reads it while the rest loads.
  const [session, setSession] = useState(loadedSession);
  const [briefed, setBriefed] = useState(false);
  const shown = useMemo(() => chosen && inert(chosen), [chosen]);
  useEffect(() => {
    if (!session) void loadSession().then(setSession);
  }, [session]);
  // Once the session has loaded, its machine is made, and its first turn rehearsed out of sight,
  // while the learner reads the briefing: one step at a time, so a key pressed meanwhile waits
  // for one step at most.
  useEffect(() => {
    if (!session || !chosen || briefed) return;
    const steps = session.rehearsal(chosen, mode, stdout.columns || 80);
    let timer: NodeJS.Immediate | undefined;
    const next = () => {
      const step = steps.shift();
      if (!step) return;
      try {
        step();
      } catch {
        // Only a rehearsal: the real session reports its own errors.
      }
      timer = setImmediate(next);
    };
    timer = setImmediate(next);
    return () => clearImmediate(timer);
  }, [session, chosen, briefed, mode, stdout]);
  const quit = useCallback(() => {
    result.quit = true;
    exit();
  }, [result, exit]);
  // Stable, so that the briefing is not drawn again when the session finishes loading.
  const toggleWords = useCallback(() => setWords((on) => !on), []);
  const sendBriefing = useCallback(
    (event: SessionEvent) => {
      if (event.type === 'briefing.start') setBriefed(true);
      else if (event.type === 'session.quit') quit();
    },
    [quit],
  );
  if (chosen && session && briefed) {
    return (
      <session.Session
        scenario={chosen}
        mode={mode}
        onQuit={(midway) => {
          if (midway) result.midway = { title: chosen.title, turns: midway.turns };
          quit();
        }}
        briefed
        words={words}
        {...(onFinished ? { onFinished } : {})}
        {...(seed === undefined ? {} : { seed })}
      />
    );
  }
  if (shown) {
    // Until the session has loaded, Enter on the last page starts it as soon as it has.
    return (
      <BriefingScreen
        scenario={shown}
        mode={mode}
        words={words}
        onWords={toggleWords}
        send={sendBriefing}
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
