import {
  describeBand,
  FIGURE_LABELS,
  formatFigure,
  MITI_DISCLAIMER,
  MOVES,
  scoreTranscript,
  type Transcript,
} from '@rapport/engine';
import { OUTCOME_LABELS } from './outcome';

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** One attempt as Markdown: something to paste into notes or share with the room. */
export function attemptMarkdown(transcript: Transcript): string {
  const debrief = scoreTranscript(transcript);
  const lines: string[] = [`# ${transcript.scenario.title}`, ''];
  lines.push(`- Mode: ${transcript.mode === 'coach' ? 'Coach' : 'Assessment'}`);
  if (transcript.finishedAt) lines.push(`- Finished: ${transcript.finishedAt}`);
  const ending = transcript.ending;
  lines.push(
    ending
      ? `- Outcome: ${OUTCOME_LABELS[ending.outcome]}: ${ending.title}`
      : '- Outcome: not finished',
  );
  lines.push('', '## Figures', '', '| figure | value | band |', '| --- | --- | --- |');
  for (const figure of [
    'listeningRatio',
    'reflectionToQuestion',
    'complexReflections',
    'technical',
    'relational',
  ] as const) {
    const value = debrief[figure];
    const band = value.applies ? describeBand(value.band) : 'not scored in this scenario';
    lines.push(
      `| ${FIGURE_LABELS[figure]} | ${formatFigure(figure, value.value, figure === 'reflectionToQuestion' ? debrief.reflectionToQuestion : undefined)} | ${band} |`,
    );
  }
  const { talk } = debrief;
  const talkBand = talk.applies ? 'count' : 'not scored in this scenario';
  lines.push(`| Change talk evoked | ${talk.evoked} | ${talkBand} |`);
  lines.push(
    `| Sustain talk | ${talk.softened} softened, ${talk.reinforced} reinforced | ${talkBand} |`,
  );
  lines.push(`| MI-adherent | ${debrief.miAdherent} | count |`);
  lines.push(`| MI-non-adherent | ${debrief.miNonAdherent} | count |`);
  lines.push(`| Persuade with Permission | ${debrief.codes['persuade-with-permission']} | count |`);
  lines.push(`| Pushes into resistance | ${debrief.pushesIntoResistance} | fewer is better |`);
  if (debrief.decisiveness) {
    const { set, missed } = debrief.decisiveness;
    lines.push(`| Decisiveness | ${set} set, ${missed} missed | boundaries (outside MITI) |`);
  }
  lines.push('', MITI_DISCLAIMER);
  lines.push('', '## Conversation', '');
  for (const turn of transcript.turns) {
    const resistance = (turn.after.resistance ?? 0) - (turn.before.resistance ?? 0);
    const trust = (turn.after.trust ?? 0) - (turn.before.trust ?? 0);
    lines.push(`${turn.index + 1}. > ${turn.line}`, '');
    lines.push(`   You: ${turn.text}`, '');
    lines.push(
      `   *${MOVES[turn.move].label}* (${turn.family}); resistance ${signed(resistance)}, trust ${signed(trust)}. ${turn.coach}`,
      '',
    );
  }
  if (ending) lines.push('## Ending', '', `**${ending.title}**: ${ending.text}`, '');
  return lines.join('\n');
}

/** The engine transcript, exactly: `scoreTranscript` or `rapport` can score it again. */
export function attemptJson(transcript: Transcript): string {
  return `${JSON.stringify(transcript, null, 2)}\n`;
}

/** Offers a file to the learner with the browser's own download. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function exportName(transcript: Transcript, extension: string): string {
  const stamp = (transcript.finishedAt ?? new Date().toISOString()).replace(/[:.]/g, '-');
  return `rapport-${transcript.scenario.id}-${stamp}.${extension}`;
}
