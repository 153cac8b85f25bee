import {
  describeReading,
  EMPTY_REPLY,
  LOW_CONFIDENCE,
  loadShippedCoder,
  MOVES,
  type MoveCoder,
  type Option,
  type OwnWordsReading,
  readOwnWords,
  type TypedReply,
  typedReply,
} from '@rapport/engine';
import { useEffect, useId, useRef, useState } from 'react';

/** The move coder, loaded when own-words play starts (its weights are a chunk of their own). */
export function useCoder(wanted: boolean): { coder: MoveCoder | null; error: string | null } {
  const [state, setState] = useState<{ coder: MoveCoder | null; error: string | null }>({
    coder: null,
    error: null,
  });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadShippedCoder().then(
      (coder) => {
        if (live) setState({ coder, error: null });
      },
      (error: unknown) => {
        if (live)
          setState({
            coder: null,
            error: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}

export type Props = {
  readonly coder: MoveCoder;
  /** The stakeholder's line the reply answers: the coder reads the reply with it. */
  readonly line: string;
  readonly options: readonly Option[];
  readonly nonNegotiable: boolean;
  /** Coach mode shows what the coder heard and lets the learner correct it. */
  readonly coach: boolean;
  readonly onChoose: (option: Option, typed: TypedReply) => void;
};

function moveLabel(option: Option): string {
  return MOVES[option.move].label;
}

/**
 * A decision point in own-words play: the learner types a reply, the coder reads it and it is
 * matched to a scripted option. Coach mode shows the reading and the match, which the learner may
 * correct; when the coder is unsure, the learner picks between the two closest options (in
 * assessment mode without being told the codes).
 */
export function OwnWordsTurn({
  coder,
  line,
  options,
  nonNegotiable,
  coach,
  onChoose,
}: Props): React.JSX.Element {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState<OwnWordsReading | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (reading) reviewHeading.current?.focus();
  }, [reading]);

  const send = (): void => {
    const read = readOwnWords(coder, text, line, options, nonNegotiable);
    if (!read) {
      setProblem(EMPTY_REPLY);
      box.current?.focus();
      return;
    }
    setProblem(null);
    if (!coach && !read.match.ask) {
      onChoose(read.match.option, typedReply(read, read.match.option));
      return;
    }
    setPicked(read.match.option.id);
    setReading(read);
  };
  const choose = (option: Option): void => {
    if (reading) onChoose(option, typedReply(reading, option));
  };

  if (reading) {
    const { read, match } = reading;
    const unsure = read.confidence < LOW_CONFIDENCE;
    return (
      <section className="own-words-review" aria-labelledby={`${id}-review`}>
        <h3 id={`${id}-review`} ref={reviewHeading} tabIndex={-1} className="small-heading">
          {match.ask ? 'Which is closer to what you meant?' : 'What the coder heard'}
        </h3>
        <blockquote className="typed-reply">{reading.text}</blockquote>
        {coach ? (
          <p className="coder-reading">
            Coder: {describeReading(read)}
            {read.codes.length > 0 ? ` (MITI: ${read.codes.join(', ')})` : ''}.
            {read.notes.length > 0 ? ` ${read.notes.join('; ')}.` : ''}
          </p>
        ) : null}
        {match.ask ? (
          <>
            <p>
              {coach
                ? unsure
                  ? 'The coder is not sure of that reading, so choose the line closer to what you meant:'
                  : 'No line here has that move, so choose the line closer to what you meant:'
                : 'Choose the line closer to what you meant:'}
            </p>
            <ol className="options" aria-label="The two closest lines">
              {match.closest.map((option) => (
                <li key={option.id}>
                  <button type="button" className="option" onClick={() => choose(option)}>
                    <span>
                      {option.text}
                      {coach ? <span className="hint"> ({moveLabel(option)})</span> : null}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const option = options.find((o) => o.id === picked) ?? match.option;
              choose(option);
            }}
          >
            <fieldset>
              <legend>
                Matched to this line ({moveLabel(match.option)}); pick another if the coder got you
                wrong:
              </legend>
              {options.map((option) => (
                <label key={option.id} className="mode">
                  <input
                    type="radio"
                    name={`${id}-option`}
                    value={option.id}
                    checked={picked === option.id}
                    onChange={() => setPicked(option.id)}
                  />
                  <span>
                    <strong>{moveLabel(option)}</strong>: {option.text}
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="actions">
              <button type="submit" className="primary">
                Go on with this line
              </button>
              <button type="button" className="secondary" onClick={() => setReading(null)}>
                Rewrite my reply
              </button>
            </div>
          </form>
        )}
      </section>
    );
  }

  return (
    <form
      className="own-words"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-reply`} className="small-heading">
        What do you say? <span className="hint">In your own words; Ctrl+Enter sends</span>
      </label>
      <textarea
        id={`${id}-reply`}
        ref={box}
        rows={3}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          }
        }}
      />
      {problem ? (
        <p id={`${id}-problem`} className="notice" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          Say it
        </button>
      </div>
    </form>
  );
}
