import { loadShippedCoder, type Transcript } from '@rapport/engine';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { Conversation } from './conversation';

const QUESTION = 'What is it that gets in the way for you when you use it?';

beforeAll(async () => {
  // Loaded once here, so each test's own load resolves at once.
  await loadShippedCoder();
});

function play(mode: 'coach' | 'assess', onFinish = vi.fn()) {
  render(
    <Conversation scenario={twoRoadsScenario()} mode={mode} seed={1} words onFinish={onFinish} />,
  );
  return onFinish;
}

async function reply(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  const box = await screen.findByRole('textbox', { name: /What do you say\?/ });
  await user.clear(box);
  if (text !== '') await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Say it' }));
}

describe('own-words play in the browser', () => {
  it('asks for a reply instead of showing options, and sends nothing when it is empty', async () => {
    const user = userEvent.setup();
    play('coach');
    expect(await screen.findByRole('textbox', { name: /What do you say\?/ })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Your options' })).toBeNull();
    await reply(user, '   ');
    expect(screen.getByRole('alert').textContent).toBe(
      'Type what you would say first: an empty reply is not sent.',
    );
    expect(screen.getByText("I don't use it. Why would I?")).toBeTruthy();
  });

  it('in coach mode says what the coder heard and the line it matched, and takes a correction', async () => {
    const user = userEvent.setup();
    play('coach');
    await reply(user, QUESTION);
    expect(screen.getByRole('heading', { name: 'What the coder heard' })).toBeTruthy();
    expect(screen.getByText(QUESTION)).toBeTruthy();
    expect(screen.getByText(/^Coder: read as an open question, 0\.\d\d/)).toBeTruthy();
    expect(
      screen.getByRole('radio', { name: /Open question: What gets in the way\?/ }),
    ).toHaveProperty('checked', true);
    // The learner meant to push after all: the stakeholder answers as to that line.
    await user.click(screen.getByRole('radio', { name: /Insisting: Everyone has to use it/ }));
    await user.click(screen.getByRole('button', { name: 'Go on with this line' }));
    expect(screen.getByRole('heading', { name: 'Your move: Insisting (insistence)' })).toBeTruthy();
  });

  it('offers the two closest lines when the coder is unsure, with no code in assessment', async () => {
    const user = userEvent.setup();
    play('assess');
    await reply(user, '🙂🙂🙂');
    expect(
      screen.getByRole('heading', { name: 'Which is closer to what you meant?' }),
    ).toBeTruthy();
    expect(screen.queryByText(/read as/)).toBeNull();
    const two = within(screen.getByRole('list', { name: 'The two closest lines' })).getAllByRole(
      'button',
    );
    expect(two).toHaveLength(2);
    expect(screen.getByText('🙂🙂🙂')).toBeTruthy();
  });

  it('shows HTML as text and a low-confidence code in coach mode', async () => {
    const user = userEvent.setup();
    play('coach');
    await reply(user, '<b>hi</b><img src=x onerror=alert(1)>');
    expect(screen.getByText('<b>hi</b><img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('main img, .own-words-review img')).toBeNull();
    expect(screen.getByText(/The coder is not sure|No line here has that move/)).toBeTruthy();
  });

  it('in assessment mode shows nothing of the coding and keeps it in the transcript', async () => {
    const user = userEvent.setup();
    const onFinish = play('assess');
    await reply(user, QUESTION);
    expect(screen.queryByText(/read as/)).toBeNull();
    expect(await screen.findByText('It doubles my typing.')).toBeTruthy();
    // The typed words are what the learner sees of their turn.
    expect(screen.getAllByText(QUESTION).length).toBeGreaterThan(0);
    await reply(user, 'So it doubles your typing.');
    const pickIfAsked = screen.queryByRole('list', { name: 'The two closest lines' });
    if (pickIfAsked) await user.click(within(pickIfAsked).getAllByRole('button')[0] as HTMLElement);
    expect(onFinish).toHaveBeenCalledOnce();
    const transcript = onFinish.mock.calls[0]?.[0] as Transcript;
    expect(transcript.turns[0]).toMatchObject({
      option: 'ask',
      move: 'open-question',
      typed: { text: QUESTION, move: 'open-question', codes: ['question'] },
    });
    expect(transcript.turns[0]?.typed?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(transcript.turns[1]?.typed?.text).toBe('So it doubles your typing.');
  });

  it('keeps the typed replies through a reload', async () => {
    const user = userEvent.setup();
    localStorage.clear();
    const first = render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={1}
        words
        onFinish={vi.fn()}
      />,
    );
    await reply(user, QUESTION);
    expect(await screen.findByText('It doubles my typing.')).toBeTruthy();
    first.unmount();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={1}
        words
        onFinish={vi.fn()}
      />,
    );
    const list = await screen.findByRole('list', { name: 'The conversation so far' });
    expect(within(list).getByText(QUESTION)).toBeTruthy();
    expect(within(list).getByText('What gets in the way?')).toBeTruthy();
  });
});
