import { MOVES, type Option, type Scenario, type Transcript } from '@rapport/engine';
import { useEffect, useRef, useState } from 'react';
import { OptionList } from '../conversation/option-list';
import { TurnList } from '../conversation/turn-list';
import { alternativesAt, playBranch } from './branch';
import { Comparison } from './comparison';

export type Props = {
  readonly scenario: Scenario;
  readonly original: Transcript;
  /** 0-based index of the turn to change. */
  readonly fromTurn: number;
  readonly onClose: () => void;
};

/** Try another option at one turn, play the new branch to its end, then compare. */
export function WhatIfPanel({
  scenario,
  original,
  fromTurn,
  onClose,
}: Props): React.JSX.Element | null {
  const [choices, setChoices] = useState<readonly string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const line = useRef<HTMLParagraphElement>(null);
  const turn = original.turns[fromTurn];
  const name = scenario.stakeholder.name;

  useEffect(() => {
    void fromTurn;
    setChoices([]);
    heading.current?.focus();
  }, [fromTurn]);
  useEffect(() => {
    if (choices.length > 0) line.current?.focus();
  }, [choices.length]);

  if (!turn) return null;
  const alternatives = alternativesAt(scenario, turn, original.seed);
  const branch = choices.length > 0 ? playBranch(scenario, original, fromTurn, choices) : null;
  const pick = (option: Option): void => setChoices((previous) => [...previous, option.id]);
  const options: readonly Option[] =
    branch === null ? alternatives : branch.view.kind === 'node' ? branch.view.options : [];

  return (
    <section
      className="what-if"
      aria-labelledby="what-if-heading"
      onKeyDown={(event) => {
        if (!/^[1-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
        const option = options[Number(event.key) - 1];
        if (option) {
          event.preventDefault();
          pick(option);
        }
      }}
    >
      <h3 id="what-if-heading" ref={heading} tabIndex={-1}>
        What if, at turn {fromTurn + 1}…
      </h3>
      <p>
        You said “{turn.text}” ({MOVES[turn.move].label.toLowerCase()}).
      </p>
      {branch === null ? (
        alternatives.length === 0 ? (
          <p>No other option was available at this turn.</p>
        ) : (
          <>
            <p className="said">
              <span className="speaker">{name}:</span> {turn.line}
            </p>
            <OptionList options={alternatives} onPick={pick} label="Say this instead" />
          </>
        )
      ) : (
        <>
          <TurnList
            turns={branch.transcript.turns.slice(fromTurn)}
            stakeholder={name}
            label="The what-if conversation"
          />
          {branch.view.kind === 'node' ? (
            <>
              <p className="said" ref={line} tabIndex={-1}>
                <span className="speaker">{name}:</span> {branch.view.line}
              </p>
              <p className="hint">
                Resistance {branch.view.meters.resistance}, trust {branch.view.meters.trust}
              </p>
              <OptionList options={branch.view.options} onPick={pick} label="Your options" />
            </>
          ) : (
            <>
              <p ref={line} tabIndex={-1} className="outcome-line">
                It ended: {branch.view.ending.title}. {branch.view.ending.text}
              </p>
              <h3>Side by side</h3>
              <Comparison
                scenario={scenario}
                original={original}
                branch={branch.transcript}
                fromTurn={fromTurn}
              />
            </>
          )}
        </>
      )}
      <div className="actions">
        {choices.length > 0 ? (
          <button type="button" className="secondary" onClick={() => setChoices([])}>
            Try another option at turn {fromTurn + 1}
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={onClose}>
          Close what-if
        </button>
      </div>
    </section>
  );
}
