/** What the collector observed of the deployment (filled in by the collector). */
export interface Observation {
  url: string;
}
