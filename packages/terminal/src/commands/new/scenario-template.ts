/**
 * The scenario `rapport new` writes: small, valid with no warnings, and using every feature of
 * the format once, each explained by a comment written for a facilitator rather than a programmer.
 * A test checks it with the engine's own checker, so it cannot drift from the format.
 */
export function scenarioTemplate(id: string, schema: string | undefined): string {
  const header = schema ? `# yaml-language-server: $schema=${schema}\n` : '';
  return `${header}#
# A Rapport scenario. Change the words to fit your organisation, then run
#   pnpm rapport check <this file>
# after every change: it points at the line of any mistake. The comments explain each feature;
# delete them once you know it. docs/authoring.md has the full reference.

# The id is what people type after "rapport play": lowercase words joined by hyphens.
id: ${id}
title: The spreadsheet of passwords
summary: >
  A service desk keeps every shared password in a spreadsheet. Find out why before moving the
  team to the password vault, and stop the one habit that cannot wait.
skills: [open questions, complex reflections, holding a security line]
minutes: 5
difficulty: introductory

# Shown before the conversation starts. A participant should be able to read it in a minute.
briefing:
  situation: >
    The company bought a password vault three months ago. Every team moved to it except the
    service desk, which still keeps the shared admin passwords in a spreadsheet.
  goal: Learn what the spreadsheet does for the team, and agree a move to the vault they can live with.

stakeholder:
  name: Morgan Lee
  role: Service desk team lead
  cares: Getting systems back up fast, at any hour, without waiting on anyone.
  history: The vault was chosen without the service desk; its first login took Morgan ten minutes.
  # How strongly Morgan reacts to each move family; 1 is the default. 1.5 means pressure
  # (persuading, insisting, pulling rank) lands half as hard again.
  sensitivity:
    insistence: 1.5

# Meters run from 0 to 100. resistance and trust always exist (50 unless you set them here).
# Any other name adds a meter of your own: "ownership" tracks how far the plan is Morgan's.
meters:
  resistance: 55
  trust: 45
  ownership: 20

# The change this conversation is about. A stakeholder line marked "talk: change" argues for it
# (desire, ability, reasons, need, commitment); "talk: sustain" argues against it. Reflecting change
# talk pays more; a simple reflection of sustain talk half as much; pushing against it provokes
# reactance. The debrief counts both.
changeGoal: The service desk keeps the shared admin passwords in the vault.

# The node the conversation starts at (the first node when left out).
start: opening

nodes:
  # A node is one thing the stakeholder says, and the options the learner can answer with.
  opening:
    says: You're here about the spreadsheet. It works. Anyone on my team finds any password in ten seconds.
    # Variants: the same moment, said differently when the meters are in a given range. The
    # first variant whose "when" holds is shown; otherwise "says" is.
    variants:
      - when: { resistance: { min: 70 } }
        says: I've heard the pitch already. The spreadsheet stays until someone shows me something faster.
    # Every option names its move: the move decides how Morgan reacts and how it is scored.
    # "coach" is the note shown after the choice: name the move and say why it lands or backfires.
    # Options are shown in a shuffled order each attempt, so their place in this file tells the
    # learner nothing.
    options:
      - id: explain-the-risk
        text: A spreadsheet of admin passwords is exactly what an attacker looks for. The vault is safer.
        move: persuade
        coach: A true argument, made before Morgan feels heard, reads as a verdict. Resistance rises.
        # "next" can point back to the same node: the conversation stays here, the meters moved.
        next: opening
      - id: ask-who-has-access
        text: Before we get into the vault, roughly how many people on the desk can open the spreadsheet today?
        move: closed-question
        coach: A fair question, but it sounds like an audit; you learn a number, not a reason.
        next: their-reasons
      - id: ask-what-works
        text: What makes the spreadsheet work so well for your team?
        move: open-question
        coach: An open question lets Morgan explain the need before you defend the vault.
        next: their-reasons

  their-reasons:
    # Sustain talk: Morgan argues for keeping things as they are.
    talk: sustain
    says: Night shift. When a server is down at three in the morning, nobody has time to request access through a portal.
    variants:
      - when: { trust: { min: 50 } }
        says: Honestly? Night shift. At three in the morning there's no one to approve a request. And nobody asked us before the vault was bought.
    options:
      - id: cite-the-mandate
        text: The security board signed this off. Every team has to be on the vault by the end of the month, night shift included.
        move: pull-rank
        coach: Pulling rank against sustain talk provokes reactance, and leaves the night-shift problem unanswered.
        next: the-portal
      - id: invite-the-design
        text: What would the vault have to do at three in the morning for your team to trust it?
        move: seek-collaboration
        coach: Asking Morgan to shape the answer makes the plan partly theirs.
        # Effects replace the move family's default change for the meters they name. Ownership is a
        # meter of this scenario's own, which no default touches, so the option says what it does.
        effects: { ownership: 20 }
        # An option with "when" is offered only while its conditions hold: this one needs some trust.
        when: { trust: { min: 50 } }
        next: the-portal
      - id: reflect-night-shift
        text: So the spreadsheet is how your team keeps things running when nobody else is awake.
        move: complex-reflection
        coach: A complex reflection names the meaning behind the words, which softens sustain talk.
        effects: { ownership: 15 }
        next: the-portal

  the-portal:
    # Change talk: Morgan names a condition under which the change could work.
    talk: change
    says: If the vault let us in at night without waiting for someone to approve it, I suppose we could live with it.
    options:
      - id: praise-and-ask
        text: That's a constructive way to look at it. When would you want to try it?
        move: affirm
        # One option can say two things: "codes" lists the MITI behaviours in the order they are
        # said (here an affirmation, then a question). The move still decides the effects.
        codes: [affirm, question]
        coach: A kind word and a question, but the condition Morgan just named goes unheard.
        next: the-email
      - id: summarise-the-condition
        text: So the night shift is the test. If it opens as fast as the spreadsheet does, the vault could work for the desk.
        move: summarize
        # A summary is a simple reflection unless it adds meaning; this one does.
        codes: [complex-reflection]
        coach: Reflecting change talk back strengthens it; Morgan hears their own reason to move.
        next: the-email
      - id: it-already-does
        text: It already does that. There's an emergency access feature for exactly this; I can send the documentation and a short video over.
        move: give-information
        coach: True, but it answers the condition before Morgan has finished making it.
        next: the-email

  the-email:
    # A non-negotiable moment: a compliance or safety line. Here set-boundary (holding the line,
    # with the reason and a way forward) is the right move; any other move is a missed boundary.
    nonNegotiable: Emailing admin passwords as an attachment exposes every system; it has to stop today.
    says: One more thing. I email the spreadsheet to new starters so they have it on day one.
    options:
      - id: let-it-slide
        text: You've clearly thought hard about getting new starters going quickly, and that's the kind of care a desk needs.
        move: affirm
        coach: A kind word, but the password list keeps travelling by email. This is a missed boundary.
        next: gap-left-open
      - id: hold-the-line
        text: That has to stop today, because an emailed list can be forwarded anywhere. I'll set the new starters up in the vault.
        move: set-boundary
        coach: Firm, with the reason and a way forward. At a non-negotiable moment this is decisive.
        # Branches: tried in order against the meters after this choice; the last has no "when".
        next:
          - when: { ownership: { min: 30 } }
            to: next-steps
          - to: grudging-trial
      - id: threaten-a-report
        text: Emailing passwords breaks policy. I'll have to report it.
        move: confront
        coach: Confronting without a way forward turns a safety line into a fight.
        next: walked-out

  next-steps:
    talk: change
    says: All right. If the vault works at three in the morning, I'll move the team over. Where do we start?
    options:
      - id: start-with-the-night-shift
        text: Then three in the morning is the test. We start there; I'll come in on Thursday night and we set up the break-glass login with your night shift.
        move: give-information
        # The condition heard, a straight answer, an offer to build it together: three behaviours.
        codes: [complex-reflection, giving-information, seeking-collaboration]
        coach: Morgan asked where to start, and got a plain answer built on the condition they set.
        next: team-pilot
      - id: name-the-condition
        text: So for your team, the vault has to be as fast as the spreadsheet at three in the morning, or it's a step backwards.
        move: complex-reflection
        # A wrong answer that sounds like listening: a direct question is owed an answer.
        coach: A fair reflection, but Morgan asked where to start, and it leaves the question hanging.
        next: grudging-trial
      - id: list-the-features
        text: The vault has offline access, a browser extension and a break-glass login for emergencies; it's quicker than it looks.
        move: give-information
        coach: Useful facts, but they answer a question Morgan did not ask.
        next: grudging-trial
      - id: set-a-date
        text: Great. Then everyone is on the vault by Friday.
        move: insist
        coach: A deadline straight after agreement feels like the old imposition again.
        next: polite-nods

# Endings: every ending has an outcome class (breakthrough, partial, stalemate or escalation),
# a title for the debrief, and what happened next.
endings:
  team-pilot:
    outcome: breakthrough
    title: A vault the night shift helped set up
    text: Morgan's team pilots the vault on the night shift first, with a break-glass login they designed.
  grudging-trial:
    outcome: partial
    title: A trial on paper
    text: Morgan agrees to try the vault, but the spreadsheet stays open "just in case".
  gap-left-open:
    outcome: partial
    title: A friendly meeting, an open door
    text: The conversation ends warmly, and the password list goes out by email again on Monday.
  polite-nods:
    outcome: stalemate
    title: Polite nods
    text: Morgan nods at the date. On Friday the team is still on the spreadsheet.
  walked-out:
    outcome: escalation
    title: The meeting ends early
    text: Morgan stands up, says they have a desk to run, and escalates to their director.
    # An ending with "when" ends the conversation after any turn whose meters meet it:
    # push Morgan to 90 resistance and the meeting is over, wherever you are.
    when: { resistance: { min: 90 } }

# Golden transcripts: paths that must reach an ending, and scores they must meet. "rapport check"
# replays them every time, so a later edit that breaks a path is caught at once. "kind" says what
# the path stands for (best, firm-but-listening, pure-insistence, sounds-empathic-but-dodges), and
# the check holds its ending to it: a pure-insistence path must not win.
tests:
  - name: Listening first and holding the line leads to a pilot the team owns
    kind: best
    choices: [ask-what-works, reflect-night-shift, summarise-the-condition, hold-the-line, start-with-the-night-shift]
    ending: team-pilot
    expect:
      listeningRatio: { min: 0.8 }
      reflectionToQuestion: { min: 2 }
      boundariesSet: { min: 1 }
  - name: Listening, then answering the condition with facts, still holds the line but wins less
    kind: firm-but-listening
    choices: [ask-what-works, reflect-night-shift, it-already-does, hold-the-line, start-with-the-night-shift]
    ending: team-pilot
  - name: Warm words all the way let the emailed passwords go on
    kind: sounds-empathic-but-dodges
    choices: [ask-what-works, reflect-night-shift, praise-and-ask, let-it-slide]
    ending: gap-left-open
  - name: Arguing the risk twice ends the meeting
    kind: pure-insistence
    choices: [explain-the-risk, explain-the-risk]
    ending: walked-out
`;
}
