/** One scenario in the library, as `rapport list` and the terminal trainer's picker show it. */
export type ScenarioEntry = {
  readonly id: string;
  readonly title: string;
  /** "name, role", so the list says who the conversation is with. */
  readonly stakeholder: string;
  readonly minutes: number;
  /** The path of the file the scenario was read from. */
  readonly file: string;
};
