import type { Scenario } from '@rapport/engine';
import { useState } from 'react';
import { hrefOf, type Mode } from '../app/route';
import { ScreenHeading } from '../app/screen-heading';
import { Portrait } from '../conversation/portrait';
import { browserStorage } from '../history/browser-storage';
import { readInProgress } from '../history/in-progress';

export type Props = {
  readonly scenario: Scenario;
  /** `words`: own-words play, the learner types each reply. */
  readonly onStart: (mode: Mode, words: boolean) => void;
};

/** The situation, the person and the goal, then the choice of mode. */
export function Briefing({ scenario, onStart }: Props): React.JSX.Element {
  const [mode, setMode] = useState<Mode>('coach');
  const [words, setWords] = useState(false);
  const person = scenario.stakeholder;
  // A conversation of this scenario left before its end (another screen, or Back): offer it.
  const [saved] = useState(() => {
    const progress = readInProgress(browserStorage());
    return progress && progress.scenario === scenario.id && progress.choices.length > 0
      ? progress
      : null;
  });
  return (
    <>
      <ScreenHeading focusKey={`briefing-${scenario.id}`}>{scenario.title}</ScreenHeading>
      <p className="lede">
        {scenario.minutes} min · {scenario.difficulty}
      </p>
      <section aria-labelledby="situation">
        <h2 id="situation">The situation</h2>
        <p className="prose">{scenario.briefing.situation}</p>
      </section>
      <section aria-labelledby="persona" className="persona">
        <Portrait name={person.name} role={person.role} />
        <h2 id="persona">
          {person.name}, {person.role}
        </h2>
        <dl>
          <dt>Cares about</dt>
          <dd>{person.cares}</dd>
          <dt>History</dt>
          <dd>{person.history}</dd>
        </dl>
      </section>
      <section aria-labelledby="goal">
        <h2 id="goal">Your goal</h2>
        <p className="prose">{scenario.briefing.goal}</p>
      </section>
      <form
        className="start"
        onSubmit={(event) => {
          event.preventDefault();
          onStart(mode, words);
        }}
      >
        <fieldset>
          <legend>How do you want to play?</legend>
          <label className="mode">
            <input
              type="radio"
              name="mode"
              value="coach"
              checked={mode === 'coach'}
              onChange={() => setMode('coach')}
            />
            <span>
              <strong>Coach mode</strong>: see resistance and trust, get feedback after every turn,
              and take one step back.
            </span>
          </label>
          <label className="mode">
            <input
              type="radio"
              name="mode"
              value="assess"
              checked={mode === 'assess'}
              onChange={() => setMode('assess')}
            />
            <span>
              <strong>Assessment mode</strong>: no meters and no feedback until the debrief, as in a
              real conversation.
            </span>
          </label>
        </fieldset>
        <label className="mode own-words-choice">
          <input
            type="checkbox"
            checked={words}
            onChange={(event) => setWords(event.target.checked)}
          />
          <span>
            <strong>In my own words</strong>: type each reply instead of choosing one. A coder on
            this device reads which move it is and {person.name} answers to the closest scripted
            line; nothing you type leaves the browser.
          </span>
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            Start the conversation
          </button>
          <a href={hrefOf({ name: 'library' })}>Back to the library</a>
        </div>
      </form>
      {saved ? (
        <p className="resume">
          You left a conversation here at turn {saved.choices.length + 1}, in{' '}
          {saved.mode === 'coach' ? 'coach' : 'assessment'} mode
          {saved.words ? ', in your own words' : ''}.{' '}
          <a
            href={hrefOf({
              name: 'play',
              id: scenario.id,
              mode: saved.mode,
              seed: saved.seed,
              ...(saved.words ? { words: true } : {}),
            })}
          >
            Carry on where you left off
          </a>{' '}
          (starting again replaces it).
        </p>
      ) : null}
    </>
  );
}
