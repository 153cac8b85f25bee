import {
  describeReading,
  EMPTY_REPLY,
  LOW_CONFIDENCE,
  MOVES,
  type MoveCoder,
  type Option,
  type OwnWordsReading,
  readOwnWords,
  type TypedReply,
  typedReply,
} from '@rapport/engine';
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { printable } from '../../cli/printable.js';
import { KeyHint } from '../parts/key-hint.js';
import { MeterBars } from '../parts/meter-bar.js';
import { Prose } from '../parts/prose.js';
import type { SessionEvent } from '../session-machine.js';

export type Props = {
  readonly coder: MoveCoder;
  readonly turn: number;
  readonly speaker: string;
  /** The stakeholder's line, as the scenario has it (the coder reads the reply with it). */
  readonly line: string;
  /** The options, as the scenario has them; shown through printable(). */
  readonly options: readonly Option[];
  readonly nonNegotiable: boolean;
  readonly coach: boolean;
  readonly meters?: Readonly<Record<string, number>>;
  readonly onTyped: (typed: TypedReply) => void;
  readonly send: (event: SessionEvent) => void;
};

/** Longest reply kept from the keyboard: a paste past it is cut, and the coder says so. */
const MAX_REPLY = 10_000;

/** The most of a reply drawn at once, so a long paste never pushes the screen off the terminal. */
const SHOWN = 240;

/** The end of what is being typed (where the cursor is), for the input line. */
function typingTail(text: string): string {
  return text.length > SHOWN ? `…${text.slice(-SHOWN)} (${text.length} characters)` : text;
}

/** The start of a sent reply, for the review. */
function replyHead(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}… (${text.length} characters in all)` : text;
}

/**
 * A decision point in own-words play: the learner types a reply and Enter sends it to the coder.
 * Coach mode shows what it heard and the line it matched, which a number key corrects; when the
 * coder is unsure, the learner picks one of the two closest lines (without codes in assessment).
 */
export function OwnWordsScreen(props: Props) {
  const { coder, options, coach, send } = props;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState<OwnWordsReading | null>(null);
  // The text now, even between renders: a paste and an Enter can come in one read.
  const textRef = useRef('');
  const done = useRef(false);
  const edit = (next: string) => {
    textRef.current = next.slice(0, MAX_REPLY);
    setText(textRef.current);
  };
  const choose = (option: Option, read: OwnWordsReading) => {
    if (done.current) return;
    done.current = true;
    props.onTyped(typedReply(read, option));
    send({ type: 'option.chosen', option: option.id });
  };
  const shown = reading?.match.ask ? reading.match.closest : options;

  useInput((input, key) => {
    if (reading) {
      if (key.escape) setReading(null);
      else if (key.return && !reading.match.ask) choose(reading.match.option, reading);
      else if (/^[1-9]$/.test(input)) {
        const option = shown[Number(input) - 1];
        if (option) choose(option, reading);
      }
      return;
    }
    if (key.escape) send({ type: 'session.quit' });
    else if (key.return) {
      const read = readOwnWords(coder, textRef.current, props.line, options, props.nonNegotiable);
      if (!read) {
        setProblem(EMPTY_REPLY);
        return;
      }
      setProblem(null);
      if (!coach && !read.match.ask) choose(read.match.option, read);
      else setReading(read);
    } else if (key.backspace || key.delete) edit(textRef.current.slice(0, -1));
    else if (input && !key.ctrl && !key.meta) edit(textRef.current + input.replace(/\r?\n/g, ' '));
  });

  const heading = (
    <Prose>
      <Text bold>
        Turn {props.turn} · {printable(props.speaker)}:
      </Text>{' '}
      {printable(props.line)}
    </Prose>
  );
  if (!reading) {
    return (
      <Box flexDirection="column" gap={1}>
        {props.meters ? <MeterBars meters={props.meters} /> : null}
        {heading}
        <Box flexDirection="column">
          <Text bold>What do you say? (in your own words)</Text>
          <Text>
            {'> '}
            {printable(typingTail(text))}
            <Text inverse> </Text>
          </Text>
          {problem ? <Text color="red">{problem}</Text> : null}
        </Box>
        <KeyHint
          keys={[
            ['Enter', 'say it'],
            ['Esc', 'quit'],
          ]}
        />
      </Box>
    );
  }
  const { read, match } = reading;
  return (
    <Box flexDirection="column" gap={1}>
      {heading}
      <Prose>
        <Text bold>You:</Text> {printable(replyHead(reading.text))}
      </Prose>
      {coach ? (
        <Prose>
          Coder: {describeReading(read)}
          {read.codes.length > 0 ? ` (MITI: ${read.codes.join(', ')})` : ''}.
          {read.notes.length > 0 ? ` ${read.notes.join('; ')}.` : ''}
        </Prose>
      ) : null}
      <Box flexDirection="column">
        <Text bold>
          {match.ask
            ? coach && read.confidence < LOW_CONFIDENCE
              ? 'The coder is not sure: which of these is closer to what you meant?'
              : coach
                ? 'No line here has that move: which of these is closer to what you meant?'
                : 'Which of these is closer to what you meant?'
            : `Matched to: ${printable(match.option.text)} (${MOVES[match.option.move].label}). Another?`}
        </Text>
        {shown.map((option, i) => (
          <Text key={option.id}>
            {i + 1}. {printable(option.text)}
            {coach ? ` (${MOVES[option.move].label})` : ''}
          </Text>
        ))}
      </Box>
      <KeyHint
        keys={[
          ...(match.ask ? [] : [['Enter', 'go on with the match'] as [string, string]]),
          [shown.length > 1 ? `1-${Math.min(shown.length, 9)}` : '1', 'pick this line'],
          ['Esc', 'rewrite'],
        ]}
      />
    </Box>
  );
}
