/** A figure the helpers cannot read. `text` is the input as given, `reason` what went wrong. */
export class FigureParseError extends Error {
  override readonly name = 'FigureParseError';
  readonly text: string;
  readonly reason: string;

  constructor(text: string, reason: string) {
    super(`Cannot read ${JSON.stringify(text)} as a figure: ${reason}`);
    this.text = text;
    this.reason = reason;
  }
}
