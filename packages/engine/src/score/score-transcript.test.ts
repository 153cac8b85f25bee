import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../test/load-fixture.js';
import { playChoices } from '../compile/index.js';
import { scoreTranscript } from './score-transcript.js';

const scenario = fixtureScenario('score', 'four-steps');
const debriefOf = (choices: string[], meters?: Record<string, number>) =>
  scoreTranscript(playChoices(scenario, choices, { meters }).transcript);

describe('scoreTranscript', () => {
  it('counts a listening path but bands nothing on four turns, and credits the boundary', () => {
    // open -6/+5 (44, 55), deep (38, 60), hold: directive +3/+4 (41, 64), sum (35, 69)
    const debrief = debriefOf(['open', 'deep', 'hold', 'sum']);
    expect(debrief).toMatchObject({
      scenario: { id: 'four-steps', title: 'Four steps' },
      outcome: { id: 'agreed', outcome: 'breakthrough' },
      turns: 4,
      // set-boundary at the non-negotiable node is directive: neither listening nor insistence;
      // three counted turns are too few to rate
      listeningRatio: { value: 1, listening: 3, insistence: 0, band: null, enough: false },
      // complex reflection + summary against one open question: three, under the four needed
      reflectionToQuestion: { value: 2, reflections: 2, questions: 1, band: null, enough: false },
      complexReflections: { value: 0.5, complex: 1, reflections: 2, band: null, enough: false },
      // the boundary is outside MITI: it carries no code
      codes: {
        question: 1,
        'complex-reflection': 1,
        'simple-reflection': 1,
        'giving-information': 0,
      },
      miAdherent: 0,
      miNonAdherent: 0,
      pushesIntoResistance: 0,
      decisiveness: { set: 1, missed: 0 },
    });
    expect(debrief.trajectory).toEqual([
      { turn: 0, resistance: 50, trust: 50 },
      { turn: 1, resistance: 44, trust: 55 },
      { turn: 2, resistance: 38, trust: 60 },
      { turn: 3, resistance: 41, trust: 64 },
      { turn: 4, resistance: 35, trust: 69 },
    ]);
    // every listening turn swings 11; the boundary only 7, so it is not a turning point
    expect(debrief.turningPoints.map((point) => [point.turn, point.swing])).toEqual([
      [1, 11],
      [2, 11],
      [4, 11],
    ]);
    // every turn lowered resistance or raised trust more than the other moved: nothing to fix
    expect(debrief.weakestTurn).toBeNull();
  });

  it('names the turn that cost something as the weakest, never the firm boundary', () => {
    // push +10/-6 costs 16; the boundary at the line (+3/+4) helped
    expect(debriefOf(['push', 'deep', 'hold', 'sum']).weakestTurn).toEqual({
      turn: 1,
      option: 'push',
      move: 'persuade',
      best: null,
    });
    // even when holding the line makes the stakeholder bristle, it is the right call
    const { transcript } = playChoices(scenario, ['open', 'deep', 'hold', 'sum']);
    const bristled = transcript.turns.map((turn) =>
      turn.option === 'hold' ? { ...turn, after: { resistance: 70, trust: 40 } } : turn,
    );
    expect(scoreTranscript({ ...transcript, turns: bristled }).weakestTurn).toBeNull();
  });

  it('counts pushes into rising resistance, reactance and a missed boundary', () => {
    // push (60, 44); insist after a rise (70, 38); dismiss at 70 >= threshold: +16/-10 (86, 28);
    // confront at 86: 102 clamps to 100, trust 18; resistance 100 meets the walk-out ending
    const debrief = debriefOf(['push', 'insist', 'shrug-off', 'blame']);
    expect(debrief).toMatchObject({
      outcome: { id: 'walkout', outcome: 'escalation' },
      listeningRatio: { value: 0, listening: 0, insistence: 4, band: 'below', enough: true },
      reflectionToQuestion: { value: null, reflections: 0, questions: 0, band: null },
      complexReflections: { value: null, band: null },
      miAdherent: 0,
      miNonAdherent: 4,
      // the first push started below the threshold; the next three followed a rise
      pushesIntoResistance: 3,
      decisiveness: { set: 0, missed: 1 },
    });
    expect(debrief.turningPoints).toEqual([
      { turn: 1, option: 'push', move: 'persuade', resistance: 60, trust: 44, swing: 16 },
      { turn: 3, option: 'shrug-off', move: 'dismiss', resistance: 86, trust: 28, swing: 26 },
      { turn: 4, option: 'blame', move: 'confront', resistance: 100, trust: 18, swing: 24 },
    ]);
    expect(debrief.weakestTurn).toEqual({
      turn: 3,
      option: 'shrug-off',
      move: 'dismiss',
      best: null,
    });
  });

  it('counts set-boundary outside a non-negotiable moment as insistence', () => {
    // closed (50, 51); early-line as insistence (60, 45); praise at the line: missed (54, 50)
    const debrief = debriefOf(['closed', 'early-line', 'praise', 'together']);
    expect(debrief).toMatchObject({
      outcome: { id: 'agreed' },
      listeningRatio: { value: 2 / 3, listening: 2, insistence: 1, band: null },
      reflectionToQuestion: { value: 0, reflections: 0, questions: 1, band: null },
      complexReflections: { value: null, band: null },
      miAdherent: 2,
      miNonAdherent: 0,
      // the turn before did not raise resistance
      pushesIntoResistance: 0,
      decisiveness: { set: 0, missed: 1 },
      weakestTurn: { turn: 2, option: 'early-line', move: 'set-boundary' },
    });
  });

  it('never bands reflections without a question, and rates nothing on too little', () => {
    // push, then a complex reflection and a summary: two reflections, no question
    const debrief = debriefOf(['push', 'deep', 'hold', 'sum']);
    expect(debrief.reflectionToQuestion).toMatchObject({
      value: null,
      reflections: 2,
      questions: 0,
      band: null,
    });
    expect(debrief.complexReflections).toMatchObject({ value: 0.5, band: null, enough: false });
    // one reflection and no question: what issue 12 found printed as "1:0 good"
    const one = debriefOf(['open', 'deep']);
    expect(one.reflectionToQuestion).toMatchObject({ band: null, enough: false });
  });

  it('counts every code of an option, and asking permission as MI-adherent', () => {
    const { transcript } = playChoices(scenario, ['open', 'deep', 'praise', 'together']);
    const recoded = transcript.turns.map((turn) =>
      turn.option === 'deep'
        ? { ...turn, codes: ['complex-reflection' as const, 'question' as const] }
        : turn.option === 'together'
          ? { ...turn, move: 'ask-permission' as const, codes: undefined }
          : turn,
    );
    const debrief = scoreTranscript({ ...transcript, turns: recoded });
    // open question, reflection + question, affirm, asking permission (Seeking Collaboration)
    expect(debrief.reflectionToQuestion).toMatchObject({ reflections: 1, questions: 2 });
    expect(debrief.codes).toMatchObject({ affirm: 1, 'seeking-collaboration': 1 });
    expect(debrief.miAdherent).toBe(2);
    expect(debrief.miNonAdherent).toBe(0);
  });

  it('counts a push hidden between listening moves as a push into resistance', () => {
    const { transcript } = playChoices(scenario, ['open']);
    const first = transcript.turns[0];
    if (!first) throw new Error('no turn');
    // listen, push, listen, push: resistance 50, 44, 54, 48, 58; each push meets a higher one
    const turn = (index: number, family: 'listening' | 'insistence', r0: number, r1: number) => ({
      ...first,
      index,
      family,
      move: family === 'listening' ? ('open-question' as const) : ('persuade' as const),
      codes: undefined,
      before: { resistance: r0, trust: 50 },
      after: { resistance: r1, trust: 50 },
    });
    const turns = [
      turn(0, 'listening', 50, 44),
      turn(1, 'insistence', 44, 54),
      turn(2, 'listening', 54, 48),
      turn(3, 'insistence', 48, 58),
      turn(4, 'listening', 58, 52),
      turn(5, 'insistence', 52, 62),
    ];
    // the first push met falling resistance; the two after it met more than the one before
    expect(scoreTranscript({ ...transcript, turns }).pushesIntoResistance).toBe(2);
  });

  it('scores change and sustain talk, and estimates the globals from the codes', () => {
    const { transcript } = playChoices(scenario, ['open', 'deep', 'hold', 'sum']);
    const talk = ['neutral', 'sustain', 'neutral', 'change'] as const;
    const turns = transcript.turns.map((turn, i) => ({ ...turn, talk: talk[i] }));
    const debrief = scoreTranscript({ ...transcript, turns });
    // the sustain talk got a complex reflection; the change talk came after a turn and got a summary
    expect(debrief.talk).toEqual({
      applies: true,
      evoked: 1,
      changeMet: 1,
      sustainMet: 1,
      softened: 1,
      reinforced: 0,
    });
    // both parts 5; three coded turns (the boundary has no code) are too few to rate
    expect(debrief.technical).toMatchObject({
      value: null,
      enough: false,
      parts: { cultivatingChangeTalk: 5, softeningSustainTalk: 5 },
    });
    // empathy: (1 + 0.5) of 3 coded turns; partnership: 0.5 + 1 + 1 of 3
    expect(debrief.relational.parts).toEqual({ partnership: 1 + 4 * (2.5 / 3), empathy: 3 });
    // a scenario that omits a figure never bands it
    const omitted = scoreTranscript({ ...transcript, turns, omit: ['changeTalk', 'relational'] });
    expect(omitted.talk.applies).toBe(false);
    expect(omitted.relational).toMatchObject({ applies: false, value: null, band: null });
  });

  it('counts a first push made at or above the reactance threshold', () => {
    const debrief = debriefOf(['push'], { resistance: 80 });
    expect(debrief.pushesIntoResistance).toBe(1);
    expect(debrief.trajectory).toEqual([
      { turn: 0, resistance: 80, trust: 50 },
      { turn: 1, resistance: 96, trust: 40 },
    ]);
    // resistance 96 ends the conversation at the walk-out
    expect(debrief.outcome?.id).toBe('walkout');
  });

  it('scores an unfinished conversation without an outcome or a boundary figure', () => {
    const debrief = debriefOf(['open']);
    expect(debrief).toMatchObject({ outcome: null, turns: 1, decisiveness: null });
    expect(debrief.listeningRatio.value).toBe(1);
  });

  it('scores an empty transcript with no figures and no weakest turn', () => {
    const debrief = debriefOf([]);
    expect(debrief).toMatchObject({
      turns: 0,
      listeningRatio: { value: null, band: null },
      turningPoints: [],
      weakestTurn: null,
      trajectory: [{ turn: 0, resistance: 50, trust: 50 }],
    });
  });
});
