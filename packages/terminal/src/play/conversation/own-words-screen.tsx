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
import { isEnter } from '../parts/enter-key.js';
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

/**
 * The part of what is being typed that is drawn around the cursor: all of it when short, else a
 * window of SHOWN characters that holds the cursor, with the length said.
 */
function typingWindow(
  text: string,
  cursor: number,
): { before: string; at: string; after: string; note: string } {
  let from = 0;
  let to = text.length;
  if (text.length > SHOWN) {
    from = Math.max(0, Math.min(cursor - SHOWN + 20, text.length - SHOWN));
    to = from + SHOWN;
  }
  const at = text.codePointAt(cursor);
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, cursor)}`,
    at: at === undefined ? ' ' : String.fromCodePoint(at),
    after: `${text.slice(cursor + (at !== undefined && at > 0xffff ? 2 : 1), to)}${to < text.length ? '…' : ''}`,
    note: text.length > SHOWN ? ` (${text.length} characters)` : '',
  };
}

/** The cursor one character on, stepping over both halves of an emoji. */
function step(text: string, cursor: number, by: 1 | -1): number {
  const next = cursor + by;
  const code = text.charCodeAt(next);
  return code >= 0xdc00 && code <= 0xdfff ? next + by : next;
}

/** The text without its last character, a whole emoji or accented letter rather than half of one. */
function dropLast(text: string): string {
  const chars = Array.from(text);
  chars.pop();
  return chars.join('');
}

/** The start of the word before `at` (skipping the spaces before it), for Ctrl+W. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
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
  const [typing, setTyping] = useState({ text: '', cursor: 0 });
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState<OwnWordsReading | null>(null);
  // The text and cursor now, even between renders: a paste and an Enter can come in one read.
  const typingRef = useRef({ text: '', cursor: 0 });
  const done = useRef(false);
  const edit = (text: string, cursor: number) => {
    const kept = text.slice(0, MAX_REPLY);
    typingRef.current = { text: kept, cursor: Math.max(0, Math.min(cursor, kept.length)) };
    setTyping(typingRef.current);
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
      else if (isEnter(input, key) && !reading.match.ask) choose(reading.match.option, reading);
      else if (/^[1-9]$/.test(input)) {
        const option = shown[Number(input) - 1];
        if (option) choose(option, reading);
      }
      return;
    }
    if (key.escape) send({ type: 'session.quit' });
    else if (isEnter(input, key)) {
      const read = readOwnWords(
        coder,
        typingRef.current.text,
        props.line,
        options,
        props.nonNegotiable,
      );
      if (!read) {
        setProblem(EMPTY_REPLY);
        return;
      }
      setProblem(null);
      if (!coach && !read.match.ask) choose(read.match.option, read);
      else setReading(read);
      return;
    }
    const { text, cursor } = typingRef.current;
    // Terminals send Backspace as DEL, which Ink reports as `delete`: both remove the character
    // before the cursor, as a shell's line editor does.
    if (key.backspace || key.delete) {
      const before = dropLast(text.slice(0, cursor));
      edit(before + text.slice(cursor), before.length);
    } else if (key.leftArrow) edit(text, step(text, cursor, -1));
    else if (key.rightArrow) edit(text, step(text, cursor, 1));
    else if (key.home || (key.ctrl && input === 'a')) edit(text, 0);
    else if (key.end || (key.ctrl && input === 'e')) edit(text, text.length);
    else if (key.ctrl && input === 'u') edit(text.slice(cursor), 0);
    else if (key.ctrl && input === 'w') {
      const from = wordStart(text, cursor);
      edit(text.slice(0, from) + text.slice(cursor), from);
    } else if (input && !key.ctrl && !key.meta) {
      // Keys typed fast (or over a slow link) arrive in one read, which Ink hands over as text:
      // a Backspace among them still removes a character, and a line break is a space.
      let before = text.slice(0, cursor);
      for (const char of input.replace(/\r?\n/g, ' ')) {
        if (char === '\u007f' || char === '\b') before = dropLast(before);
        else before += char;
      }
      edit(before + text.slice(cursor), before.length);
    }
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
    const shownTyping = typingWindow(typing.text, typing.cursor);
    return (
      <Box flexDirection="column" gap={1}>
        {props.meters ? <MeterBars meters={props.meters} /> : null}
        {heading}
        <Box flexDirection="column">
          <Text bold>What do you say? (in your own words)</Text>
          <Text>
            {'> '}
            {printable(shownTyping.before)}
            <Text inverse>{printable(shownTyping.at)}</Text>
            {printable(shownTyping.after)}
            {shownTyping.note}
          </Text>
          {problem ? <Text color="red">{problem}</Text> : null}
        </Box>
        <KeyHint
          keys={[
            ['Enter', 'say it'],
            ['←→', 'move in it'],
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
