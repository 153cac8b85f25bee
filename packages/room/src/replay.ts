import {
  type ConversationView,
  compileScenario,
  type Debrief,
  debriefTranscript,
  playChoices,
  type Scenario,
  type ScenarioMachine,
  type Transcript,
  viewConversation,
} from '@rapport/engine';

export type Mode = 'coach' | 'assess';

/**
 * The room's scenarios, each compiled once. The server never takes a participant's word for
 * where a conversation stands: it replays the stored choices from the seed, as the trainers do.
 */
export class RoomScenarios {
  private readonly machines = new Map<string, ScenarioMachine>();
  readonly byId: ReadonlyMap<string, Scenario>;

  constructor(scenarios: readonly Scenario[]) {
    this.byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  }

  get(id: string): Scenario | undefined {
    return this.byId.get(id);
  }

  private machine(scenario: Scenario): ScenarioMachine {
    let machine = this.machines.get(scenario.id);
    if (!machine) {
      machine = compileScenario(scenario);
      this.machines.set(scenario.id, machine);
    }
    return machine;
  }

  /** Where the conversation stands after these choices, and its transcript. */
  replay(
    scenario: Scenario,
    seed: number,
    mode: Mode,
    choices: readonly string[],
  ): { view: ConversationView; transcript: Transcript; ignored: number } {
    const result = playChoices(scenario, choices, { seed, mode }, this.machine(scenario));
    return {
      view: viewConversation(scenario, result.snapshot),
      transcript: result.transcript,
      ignored: result.ignored.length,
    };
  }

  debrief(scenario: Scenario, transcript: Transcript): Debrief {
    return debriefTranscript(scenario, transcript);
  }
}
