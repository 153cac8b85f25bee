import type { Scenario, Transcript } from '@rapport/engine';
import { type ReactNode, use } from 'react';
import { Briefing } from '../briefing/briefing';
import { type AttemptReport, Conversation } from '../conversation/conversation';
import { Debrief } from '../debrief/debrief';
import type { Attempt } from '../history/attempt';
import { HistoryPage } from '../history/history-page';
import type { LibraryEntry } from '../scenarios/library-catalog';
import { hrefOf, type Mode } from './route';
import { navigate } from './use-hash-route';

type Entry = LibraryEntry & { ok: true };

/** The screens past the library, which need the engine; app.tsx has already checked the ids. */
export type TrainerRoute =
  | { readonly name: 'briefing'; readonly entry: Entry }
  | {
      readonly name: 'play';
      readonly entry: Entry;
      readonly mode: Mode;
      /** From the link; a fresh seed for the attempt when undefined. */
      readonly seed: number | undefined;
      /** Own-words play: the learner types each reply. */
      readonly words: boolean;
    }
  | { readonly name: 'debrief'; readonly attempt: Attempt; readonly entry: Entry | undefined }
  | { readonly name: 'history' };

export type Props = {
  readonly route: TrainerRoute;
  readonly attempts: readonly Attempt[];
  /** False when the browser refuses storage: the conversation says so and nothing is saved. */
  readonly kept: boolean;
  /** Attempts finished this visit that could not be saved: their debrief offers the export. */
  readonly unsaved: ReadonlySet<string>;
  readonly onFinish: (transcript: Transcript) => void;
  /** In a workshop room: told of every choice as it is made. */
  readonly onReport?: ((report: AttemptReport) => void) | undefined;
  /** Forgets the whole history; returns why not, or null. */
  readonly onClear: () => string | null;
};

/** Suspends until the entry's scenario has loaded (its own small chunk), then renders with it. */
function WithScenario({
  entry,
  children,
}: {
  readonly entry: Entry;
  readonly children: (scenario: Scenario) => ReactNode;
}): ReactNode {
  return children(use(entry.load()));
}

/** Loaded lazily by app.tsx: this module brings in the engine and every screen after the library. */
export default function TrainerScreen({
  route,
  attempts,
  kept,
  unsaved,
  onFinish,
  onReport,
  onClear,
}: Props): ReactNode {
  switch (route.name) {
    case 'history':
      return <HistoryPage attempts={attempts} onClear={onClear} />;
    case 'briefing':
      return (
        <WithScenario entry={route.entry}>
          {(scenario) => (
            <Briefing
              scenario={scenario}
              onStart={(mode, words) =>
                navigate(
                  hrefOf({ name: 'play', id: scenario.id, mode, ...(words ? { words } : {}) }),
                )
              }
            />
          )}
        </WithScenario>
      );
    case 'play':
      return (
        <WithScenario entry={route.entry}>
          {(scenario) => (
            <Conversation
              key={`${scenario.id}-${route.mode}-${route.seed ?? 'fresh'}-${route.words}`}
              scenario={scenario}
              mode={route.mode}
              words={route.words}
              seed={route.seed}
              kept={kept}
              onReport={onReport}
              onFinish={onFinish}
            />
          )}
        </WithScenario>
      );
    case 'debrief': {
      const isKept = !unsaved.has(route.attempt.id);
      return route.entry ? (
        <WithScenario entry={route.entry}>
          {(scenario) => <Debrief attempt={route.attempt} scenario={scenario} kept={isKept} />}
        </WithScenario>
      ) : (
        <Debrief attempt={route.attempt} scenario={undefined} kept={isKept} />
      );
    }
  }
}
